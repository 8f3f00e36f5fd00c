import { parseRoute, type Route } from "./routes.js";

/**
 * The screens that load as files of their own, each named once here, so the app's lazy screens
 * (App.tsx, SignedInScreen.tsx) and the page's entry (main.tsx) load the very same module. The
 * entry starts the file of the screen in the address at once, beside the app's own script:
 * otherwise it is asked for only after that script has run, and a first visit to the plan,
 * thoughts or insights waits on one more round trip before anything of the screen can paint
 * (issue 13).
 */
export const screenModules = {
  join: () => import("../screens/join/JoinScreen.js"),
  setup: () => import("../screens/setup/SetupScreen.js"),
  thoughts: () => import("../screens/thoughts/ThoughtsScreen.js"),
  // A record, with the trap detector, is a file apart from the list of past records.
  thoughtRecord: () => import("../screens/thoughts/ThoughtRecordScreen.js"),
  checkUps: () => import("../screens/check-ups/CheckupsScreen.js"),
  safetyPlan: () => import("../screens/safety-plan/SafetyPlanScreen.js"),
  plan: () => import("../screens/plan/PlanScreen.js"),
  circle: () => import("../screens/circle/CircleScreen.js"),
  learn: () => import("../screens/learn/LearnScreen.js"),
  share: () => import("../screens/share/ShareScreen.js"),
  insights: () => import("../screens/insights/InsightsScreen.js"),
  admin: () => import("../screens/admin/AdminScreen.js"),
  yourData: () => import("../screens/your-data/YourDataScreen.js"),
} as const;

type ScreenModule = keyof typeof screenModules;

/** The files a route's screen is in, when they are its own; none for the first script's. */
export function screenModulesOf(route: Route): ScreenModule[] {
  const name = screenModuleOf(route);
  if (name === null) return [];
  return route.name === "thought" ? [name, "thoughtRecord"] : [name];
}

function screenModuleOf(route: Route): ScreenModule | null {
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

/**
 * Starts loading the screen at `path`, if it is in a file of its own. A failure is left for the
 * app's own load of the same module to meet and show (ScreenBoundary); nothing is shown here.
 */
export function startScreenModule(path: string): void {
  for (const name of screenModulesOf(parseRoute(path))) {
    screenModules[name]().catch(() => undefined);
  }
}
