import { RUN_DAYS } from "../../core/checkins/heavy-day-run.js";
import { addDays, type LocalDate } from "../../core/dates/local-date.js";
import { historyPage } from "../screens/history/months.js";
import { parseRoute } from "./routes.js";

/**
 * The GETs a screen makes as it opens, worked out from the address alone, so they can start
 * while the app's script is still on its way (see early-requests.ts). Pure: a path and today's
 * date in, request paths out. A screen that asks for something else simply does not find it
 * waiting and asks the server itself, so a miss here costs a request, never a wrong answer.
 */

/** Every screen first asks who is signed in. */
export const SESSION_PATH = "/api/session";
export const CHECKIN_SPAN_PATH = "/api/checkins/span";

/** The check-ins from one day to another, written exactly as the app's own request writes it. */
export function checkinsPath(from: LocalDate, to: LocalDate): string {
  return `/api/checkins?${new URLSearchParams({ from, to })}`;
}

/** The insights as of `today`, written exactly as the insights screen's own request writes it. */
export function insightsPath(today: LocalDate): string {
  return `/api/insights?${new URLSearchParams({ to: today })}`;
}

/**
 * The check-in screen reads the day with the days just before it (the heavy-day rule's run), in
 * one request; CheckinScreen asks for exactly this.
 */
export function checkinDayPath(date: LocalDate): string {
  return checkinsPath(addDays(date, -(RUN_DAYS - 1)), date);
}

export function earlyPaths(path: string, today: LocalDate): string[] {
  const route = parseRoute(path);
  switch (route.name) {
    case "checkin": {
      const date = route.date ?? today;
      // A day not yet come shows a message and reads nothing.
      return date > today ? [SESSION_PATH] : [SESSION_PATH, checkinDayPath(date)];
    }
    case "history": {
      const { from, to } = historyPage(route.month, today, null);
      // A month not yet come shows a message and reads nothing.
      if (from > today || from > to) return [SESSION_PATH];
      return [SESSION_PATH, checkinsPath(from, to), CHECKIN_SPAN_PATH];
    }
    // The screens in files of their own: without these their data would be asked for only once
    // their file had arrived and run, a round trip after the app's own (issue 13).
    case "insights":
      return [SESSION_PATH, insightsPath(today), "/api/assessments"];
    case "thoughts":
      return [SESSION_PATH, "/api/thoughts"];
    case "plan":
      return [
        SESSION_PATH,
        // Ideas before anything chosen, the week's plan and its forecast (PlanScreen). Its
        // sections below ask for theirs once the ideas are in (PlanMoreSections).
        "/api/suggestions",
        "/api/plans",
        "/api/plans/forecast",
      ];
    // Each lists its people or links once its file has run, with no energy chosen yet, and the
    // largest text of each is drawn from that answer: asked only then, it came a round trip late.
    case "circle":
      return [SESSION_PATH, "/api/people"];
    case "share":
      return [SESSION_PATH, "/api/shares"];
    // Often opened in a hard moment, from a bookmark or the home screen: the plan should not wait
    // a round trip behind the screen's file. The app's copy for offline is asked for later, apart.
    case "safety-plan":
      return [SESSION_PATH, "/api/safety-plan"];
    default:
      return [SESSION_PATH];
  }
}
