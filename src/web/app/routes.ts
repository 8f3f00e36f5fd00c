import { isLocalDate, type LocalDate } from "../../core/dates/local-date.js";

export type Route =
  | { name: "checkin"; date: LocalDate | null }
  /** `month: null` is the last four weeks; "2026-10" is that month, paging back. */
  | { name: "history"; month: string | null }
  | { name: "insights" }
  /** `instrument: null` is the list of questionnaires and past scores. */
  | { name: "check-ups"; instrument: "phq9" | "ucla3" | null }
  | { name: "safety-plan" }
  | { name: "learn" }
  | { name: "lesson"; id: string }
  | { name: "cycle" }
  | { name: "share" }
  | { name: "plan" }
  | { name: "circle" }
  | { name: "thoughts" }
  /** `id: null` is a new thought record. */
  | { name: "thought"; id: string | null }
  | { name: "your-data" }
  | { name: "setup" }
  | { name: "sign-in" }
  /** For the owner and admins only: the people on the server. */
  | { name: "admin" }
  /** An invitation or password-reset link; answers without a session. */
  | { name: "join"; token: string }
  | { name: "not-found" };

/** `date: null` is today, worked out at render time so a page left open past midnight moves on. */
export function parseRoute(path: string): Route {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  // "/checkin" with no day, typed or cut short, is today's check-in rather than "not found".
  if (trimmed === "/" || trimmed === "/checkin") return { name: "checkin", date: null };
  if (trimmed === "/history") return { name: "history", month: null };
  const month = /^\/history\/(\d{4}-(?:0[1-9]|1[0-2]))$/.exec(trimmed)?.[1];
  if (month !== undefined) return { name: "history", month };
  if (trimmed === "/insights") return { name: "insights" };
  if (trimmed === "/check-ups") return { name: "check-ups", instrument: null };
  if (trimmed === "/check-ups/phq9") return { name: "check-ups", instrument: "phq9" };
  if (trimmed === "/check-ups/ucla3") return { name: "check-ups", instrument: "ucla3" };
  if (trimmed === "/safety-plan") return { name: "safety-plan" };
  if (trimmed === "/learn") return { name: "learn" };
  if (trimmed === "/learn/cycle") return { name: "cycle" };
  const lesson = /^\/learn\/([a-z0-9-]+)$/.exec(trimmed)?.[1];
  if (lesson !== undefined) return { name: "lesson", id: lesson };
  if (trimmed === "/share") return { name: "share" };
  if (trimmed === "/plan") return { name: "plan" };
  if (trimmed === "/circle") return { name: "circle" };
  if (trimmed === "/thoughts") return { name: "thoughts" };
  if (trimmed === "/thoughts/new") return { name: "thought", id: null };
  const thought = /^\/thoughts\/([^/]+)$/.exec(trimmed)?.[1];
  if (thought !== undefined) {
    const id = decodedSegment(thought);
    if (id !== null) return { name: "thought", id };
  }
  if (trimmed === "/your-data") return { name: "your-data" };
  if (trimmed === "/setup") return { name: "setup" };
  if (trimmed === "/sign-in") return { name: "sign-in" };
  if (trimmed === "/admin") return { name: "admin" };
  const join = /^\/join\/([^/]+)$/.exec(trimmed)?.[1];
  if (join !== undefined) {
    const token = decodedSegment(join);
    if (token !== null) return { name: "join", token };
  }
  const day = /^\/checkin\/([^/]+)$/.exec(trimmed)?.[1];
  if (day !== undefined && isLocalDate(day)) return { name: "checkin", date: day };
  return { name: "not-found" };
}

export function checkinPath(date: LocalDate, today: LocalDate): string {
  return date === today ? "/" : `/checkin/${date}`;
}

/** A path segment as written before it was percent-encoded, or null when it is malformed. */
function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
