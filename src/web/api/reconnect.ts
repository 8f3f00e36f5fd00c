import {
  type Credentials,
  meSchema,
  sessionStateSchema,
  setupStatusSchema,
} from "../../core/accounts/account.schema.js";
import {
  type CheckinInput,
  checkinListSchema,
  checkinSchema,
  checkinSpanSchema,
} from "../../core/checkins/checkin.schema.js";
import { crisisResourcesSchema } from "../../core/crisis/crisis-resources.schema.js";
import type { LocalDate } from "../../core/dates/local-date.js";
import { entityTag } from "../../core/versions/entity-tag.js";
import { CHECKIN_SPAN_PATH, checkinsPath, SESSION_PATH } from "../app/early-paths.js";
import { requestJson, requestJsonSeen, requestNoContent, setPageAccount } from "./client.js";

/**
 * A session just started on this page: whoever the page was signed in as before is not the one
 * the cookie names now, and `GET /api/me` right after must ask as nobody in particular (the app
 * names the new person once it knows them).
 */
async function started(request: Promise<void>): Promise<void> {
  await request;
  setPageAccount(null);
}

export const api = {
  /** The region comes from the browser's language, which the browser sends with the request. */
  crisisResources: () =>
    requestJson("GET", "/api/crisis-resources", crisisResourcesSchema.omit({ known: true }), {
      unauthorizedIsAnswer: true,
    }),
  setupStatus: () =>
    requestJson("GET", "/api/setup", setupStatusSchema, { unauthorizedIsAnswer: true }),
  createOwner: (credentials: Credentials) =>
    started(
      requestNoContent("POST", "/api/setup", { body: credentials, unauthorizedIsAnswer: true }),
    ),
  signIn: (credentials: Credentials) =>
    started(
      requestNoContent("POST", "/api/session", { body: credentials, unauthorizedIsAnswer: true }),
    ),
  // Named for `account` when given (a sign-out owed since offline: see app/pending-sign-out.ts),
  // else for the page's own account, as every request is.
  signOut: (account?: string) =>
    requestNoContent("DELETE", "/api/session", {
      unauthorizedIsAnswer: true,
      ...(account === undefined ? {} : { headers: { "X-Reconnect-Account": account } }),
    }),
  /** Who is signed in and whether setup is needed, in one request that never answers 401. */
  session: () => requestJson("GET", SESSION_PATH, sessionStateSchema),
  me: () => requestJson("GET", "/api/me", meSchema, { unauthorizedIsAnswer: true }),
  checkins: async (from: LocalDate, to: LocalDate) => {
    const list = await requestJson("GET", checkinsPath(from, to), checkinListSchema);
    return list.checkins;
  },
  /** The same, saying when the answer is what this device last saw (`keptAt`), with no network. */
  checkinsSeen: async (from: LocalDate, to: LocalDate) => {
    const seen = await requestJsonSeen(checkinsPath(from, to), checkinListSchema);
    return { checkins: seen.data.checkins, keptAt: seen.keptAt };
  },
  /** How far back history pages: the first and last check-in dates. */
  checkinSpan: () => requestJson("GET", CHECKIN_SPAN_PATH, checkinSpanSchema),
  saveCheckin: (date: LocalDate, input: CheckinInput) =>
    requestJson("PUT", `/api/checkins/${date}`, checkinSchema, { body: input }),
  /**
   * A save that names what the device last saw of the day: its version, or null for none. A day
   * changed elsewhere meanwhile is refused with 409 (`ApiRequestError.body.current`).
   */
  saveCheckinIf: (date: LocalDate, input: CheckinInput, base: string | null) =>
    requestJson("PUT", `/api/checkins/${date}`, checkinSchema, {
      body: input,
      headers: base === null ? { "If-None-Match": "*" } : { "If-Match": entityTag(base) },
    }),
};
