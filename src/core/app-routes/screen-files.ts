import type { Route } from "./routes.js";

/**
 * The screens that load as files of their own, each with its source file (relative to the web
 * app's folder). The browser's lazy screens (src/web/app/screen-modules.ts) import these very
 * files; the server names a screen's built files in the page it sends for that screen's address,
 * so they download beside the app's script from the first byte of the page (issue 13). A renamed
 * source fails the build test that finds each of these in the built app.
 */
export const screenSources = {
  join: "screens/join/JoinScreen.tsx",
  setup: "screens/setup/SetupScreen.tsx",
  thoughts: "screens/thoughts/ThoughtsScreen.tsx",
  // A record, with the trap detector, is a file apart from the list of past records.
  thoughtRecord: "screens/thoughts/ThoughtRecordScreen.tsx",
  checkUps: "screens/check-ups/CheckupsScreen.tsx",
  safetyPlan: "screens/safety-plan/SafetyPlanScreen.tsx",
  plan: "screens/plan/PlanScreen.tsx",
  circle: "screens/circle/CircleScreen.tsx",
  learn: "screens/learn/LearnScreen.tsx",
  share: "screens/share/ShareScreen.tsx",
  insights: "screens/insights/InsightsScreen.tsx",
  admin: "screens/admin/AdminScreen.tsx",
  yourData: "screens/your-data/YourDataScreen.tsx",
} as const;

/**
 * The build's table of each screen's files (`{ "plan": ["/assets/…js", …] }`), in the built app's
 * folder. A dotfile, so the server never hands it out as a file of its own.
 */
export const SCREEN_FILES_NAME = ".screen-files.json";

export type ScreenName = keyof typeof screenSources;

/** The files a route's screen is in, when they are its own; none for the first script's. */
export function screenNamesOf(route: Route): ScreenName[] {
  const name = screenNameOf(route);
  if (name === null) return [];
  return route.name === "thought" ? [name, "thoughtRecord"] : [name];
}

function screenNameOf(route: Route): ScreenName | null {
  switch (route.name) {
    case "join":
      return "join";
    case "setup":
      return "setup";
    case "thoughts":
    case "thought":
      return "thoughts";
    case "check-ups":
      return "checkUps";
    case "safety-plan":
      return "safetyPlan";
    case "plan":
      return "plan";
    case "circle":
      return "circle";
    case "learn":
    case "lesson":
    case "cycle":
      return "learn";
    case "share":
      return "share";
    case "insights":
      return "insights";
    case "admin":
      return "admin";
    case "your-data":
      return "yourData";
    default:
      return null;
  }
}
