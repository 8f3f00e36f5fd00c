import { parseRoute } from "../../core/app-routes/routes.js";
import { type ScreenName, screenNamesOf } from "../../core/app-routes/screen-files.js";

/**
 * The screens that load as files of their own, each imported once here, so the app's lazy screens
 * (App.tsx) and the page's entry (main.tsx) load the very same module. Each import is the file
 * `screenSources` names for it (core/app-routes/screen-files.ts); the server names those files'
 * built chunks in the page it sends, and the entry starts them too, for a server without the
 * table (issue 13).
 */
export const screenModules = {
  join: () => import("../screens/join/JoinScreen.js"),
  setup: () => import("../screens/setup/SetupScreen.js"),
  thoughts: () => import("../screens/thoughts/ThoughtsScreen.js"),
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
} as const satisfies Record<ScreenName, () => Promise<unknown>>;

/**
 * Starts loading the screen at `path`, if it is in a file of its own. A failure is left for the
 * app's own load of the same module to meet and show (ScreenBoundary); nothing is shown here.
 */
export function startScreenModule(path: string): void {
  for (const name of screenNamesOf(parseRoute(path))) {
    screenModules[name]().catch(() => undefined);
  }
}
