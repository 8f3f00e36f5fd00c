import { setImmediate as nextTurn } from "node:timers/promises";
import type { FastifyInstance, InjectOptions } from "fastify";

/**
 * Drives the app in-process the way the browser does: JSON bodies with the JSON content type,
 * and the session cookie carried from one request to the next.
 */
export class ApiClient {
  private cookie: string | undefined;

  constructor(
    private readonly app: FastifyInstance,
    /** Where the requests come from; light-my-request's own 127.0.0.1 when not given. */
    private readonly remoteAddress?: string,
  ) {}

  async request(
    method: InjectOptions["method"],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(method === "GET" ? {} : { "content-type": "application/json" }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
      ...(this.remoteAddress === undefined ? {} : { remoteAddress: this.remoteAddress }),
    });
    const setCookie = response.headers["set-cookie"];
    const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    if (first?.startsWith("reconnect_session=")) {
      const value = first.split(";")[0] ?? "";
      this.cookie = value === "reconnect_session=" ? undefined : value;
    }
    // An injected request on SQLite (synchronous) can finish without the event loop ever turning,
    // and each leaves its socket's clean-up queued for the next turn, holding the whole response.
    // Thousands in a row (a fuzz run) then fill the heap with answers already read: let the loop
    // turn once, so each request's leftovers go with it.
    await nextTurn();
    return response;
  }

  get = (url: string) => this.request("GET", url);
  post = (url: string, body?: unknown) => this.request("POST", url, body);
  put = (url: string, body?: unknown) => this.request("PUT", url, body);
  delete = (url: string, body?: unknown) => this.request("DELETE", url, body);

  get sessionCookie(): string | undefined {
    return this.cookie;
  }

  set sessionCookie(value: string | undefined) {
    this.cookie = value;
  }
}

export const OWNER = { username: "sam", password: "a quiet morning walk" };
