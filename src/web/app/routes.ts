import { isLocalDate, type LocalDate } from "../../core/dates/local-date.js";

export type Route =
  | { name: "checkin"; date: LocalDate | null }
  | { name: "history" }
  | { name: "setup" }
  | { name: "sign-in" }
  | { name: "not-found" };

/** `date: null` is today, worked out at render time so a page left open past midnight moves on. */
export function parseRoute(path: string): Route {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  if (trimmed === "/") return { name: "checkin", date: null };
  if (trimmed === "/history") return { name: "history" };
  if (trimmed === "/setup") return { name: "setup" };
  if (trimmed === "/sign-in") return { name: "sign-in" };
  const day = /^\/checkin\/([^/]+)$/.exec(trimmed)?.[1];
  if (day !== undefined && isLocalDate(day)) return { name: "checkin", date: day };
  return { name: "not-found" };
}

export function checkinPath(date: LocalDate, today: LocalDate): string {
  return date === today ? "/" : `/checkin/${date}`;
}
