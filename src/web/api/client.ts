import type { z } from "zod";
import { apiErrorSchema } from "../../core/api/api-error.schema.js";
import { localDateOf } from "../../core/dates/local-date.js";
import { discardEarly, earlyAskedNoSoonerThan, takeEarly } from "../app/early-requests.js";
import { newerReleaseWaiting, noticeRelease } from "../app/release.js";
import { noteServerAnswered } from "../components/crisis/crisis-page-reach.js";
import {
  copiesClock,
  KEPT_AT_HEADER,
  keepOfflineCopy,
  offlineCopy,
} from "../pwa/offline-copies.js";
import { requestStarted } from "./in-flight.js";
import { unreachableMessage } from "./unreachable.js";

/** A refused or failed request, in the API's own error shape so screens can show it as it is. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Readonly<Record<string, string>>;
  /** The whole answer, for an error that carries more than words (a 409 holds the server's day). */
  readonly body: unknown;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: Record<string, string> = {},
    body: unknown = null,
  ) {
    super(message);
    this.name = "ApiRequestError";
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.body = body;
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

interface RequestOptions {
  body?: unknown;
  /** For sign-in and the session probe a 401 is an ordinary answer, not a session that ran out. */
  unauthorizedIsAnswer?: boolean;
  /** Extra request headers: a save's condition (`If-Match`). */
  headers?: Record<string, string>;
}

/**
 * Why a request found the session gone: it ran out (`unauthorized`: the browser dropped its
 * expired cookie), or it was ended from somewhere else (`session-ended`: signed out everywhere,
 * a new password, the account paused or erased, which the server cannot tell apart), or the
 * browser's session is someone else's now (`other-account`: they signed in in another tab).
 */
export type SessionEnd = "ran-out" | "ended-elsewhere" | "other-account";

/**
 * The account this page is signed in as, named on every request (`X-Reconnect-Account`): the
 * session cookie is the browser's, shared by every tab, and another person signing in in one tab
 * would otherwise have this page read and save as them. The server refuses a request whose
 * session is someone else's (401 `other-account`).
 */
let pageAccount: string | null = null;

/** Called when this page signs someone in, and with null once it signs out. */
export function setPageAccount(accountId: string | null): void {
  pageAccount = accountId;
}

/** The account this page names, or null when it names none (signed out here). */
export function currentPageAccount(): string | null {
  return pageAccount;
}

/** The header naming this page's account, for a request sent outside `send` (none signed out). */
export function pageAccountHeader(): Record<string, string> {
  return pageAccount === null ? {} : { "X-Reconnect-Account": pageAccount };
}

let onSessionEnded: ((why: SessionEnd) => void) | undefined;

/** Lets the app send the person to sign in again when any request finds their session gone. */
export function setSessionEndedHandler(handler: ((why: SessionEnd) => void) | undefined): void {
  onSessionEnded = handler;
}

async function send(method: Method, path: string, options: RequestOptions): Promise<Response> {
  const finished = requestStarted();
  try {
    return await sendCounted(method, path, options);
  } finally {
    finished();
  }
}

async function sendCounted(
  method: Method,
  path: string,
  options: RequestOptions,
): Promise<Response> {
  // The person's own date, so "today" on the server is theirs, whatever its clock's time zone.
  const headers: Record<string, string> = {
    Accept: "application/json",
    "X-Local-Date": localDateOf(new Date()),
    ...pageAccountHeader(),
    ...options.headers,
  };
  const init: RequestInit = { method, credentials: "same-origin", headers };
  // The account this request names, as it was sent: the answer, and any copy kept of it, are
  // that account's even if the page signs someone else in before it lands.
  const account = pageAccount;
  if (method !== "GET") {
    // An answer fetched early, before this write, may not hold what it saves: none is used now.
    discardEarly();
    // Every write is JSON, even with nothing to say: the server refuses other writes as a
    // cross-site guard, and an empty JSON body is itself an error to most parsers.
    headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(options.body ?? {});
  }
  let response: Response;
  // When it was asked for, so a copy of an answer asked before the copies were let go (in any tab:
  // a sign-out, someone else's sign-in) is not kept after them (pwa/offline-copies.ts).
  let askedAt = copiesClock();
  try {
    // The page's entry may have asked already (app/early-requests.ts), for this page's account
    // only; a conditional GET has headers of its own, so it always asks the server itself.
    const early =
      method === "GET" && options.headers === undefined ? takeEarly(path, account) : undefined;
    const answer = early ? await early : undefined;
    if (answer) {
      response = answer;
      // Asked as the page opened, perhaps seconds before the app took it: the entry's requests
      // start as it runs, after this moment and never before.
      askedAt = earlyAskedNoSoonerThan();
    } else {
      response = await fetch(path, init);
      // The server itself answered just now (a 5xx may be a proxy with no server behind it): a
      // tap on "Get help now" in the next moment need not ask again (crisis-page-reach.ts).
      if (response.status < 500) noteServerAnswered();
    }
  } catch {
    // With no network, the few answers kept on the device (the safety plan) can still be read.
    const copy = method === "GET" ? await offlineCopy(path, account) : undefined;
    if (copy) return copy;
    throw new ApiRequestError(0, "unreachable", unreachableMessage(method));
  }
  noticeRelease(response);
  if (!response.ok) throw await errorFrom(response, method, options);
  if (method === "GET") keepOfflineCopy(path, response, account, askedAt);
  return response;
}

async function errorFrom(
  response: Response,
  method: Method,
  options: RequestOptions,
): Promise<ApiRequestError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = apiErrorSchema.safeParse(body);
  if (response.status === 401 && !options.unauthorizedIsAnswer) {
    const code = parsed.success ? parsed.data.error.code : "";
    onSessionEnded?.(
      code === "session-ended"
        ? "ended-elsewhere"
        : code === "other-account"
          ? "other-account"
          : "ran-out",
    );
  }
  if (parsed.success) {
    const { code, message, fields } = parsed.data.error;
    return new ApiRequestError(response.status, code, message, fields, body);
  }
  const message =
    response.status >= 500
      ? "Something went wrong on our side. Your answers are still here, so you can try again."
      : unreachableMessage(method);
  return new ApiRequestError(response.status, "unknown", message);
}

export async function requestJson<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const response = await send(method, path, options);
  const parsed = schema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) {
    throw new ApiRequestError(
      response.status,
      "bad-response",
      newerReleaseWaiting()
        ? "Reconnect has been updated since this page opened. Reload the page to use the new version."
        : "Reconnect sent an answer this page doesn't understand. Reloading the page may help.",
    );
  }
  return parsed.data;
}

/**
 * Like `requestJson`, and says when the answer is a copy kept on the device because the network
 * was not there: `keptAt` is when the server gave it, null for a fresh answer.
 */
export async function requestJsonSeen<S extends z.ZodType>(
  path: string,
  schema: S,
): Promise<{ data: z.output<S>; keptAt: string | null }> {
  const response = await send("GET", path, {});
  const keptAt = response.headers.get(KEPT_AT_HEADER);
  const parsed = schema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) {
    throw new ApiRequestError(
      response.status,
      "bad-response",
      "Reconnect sent an answer this page doesn't understand. Reloading the page may help.",
    );
  }
  return { data: parsed.data, keptAt };
}

export async function requestNoContent(
  method: Method,
  path: string,
  options: RequestOptions = {},
): Promise<void> {
  await send(method, path, options);
}

/** Words for a failure that is not about one field. */
export function messageOf(error: unknown): string {
  return error instanceof ApiRequestError
    ? error.message
    : "Something unexpected happened. Your answers are still here, so you can try again.";
}
