import { describe, expect, it, vi } from "vitest";
import { EARLY_FRESH_MS, EarlyAnswers } from "./early-requests.js";

/** A server stand-in that answers each path as told and counts what it was asked. */
function server(answers: Record<string, number | "unreachable">) {
  const asked: string[] = [];
  const fetcher = async (path: string) => {
    asked.push(path);
    const status = answers[path] ?? 404;
    if (status === "unreachable") throw new TypeError("Failed to fetch");
    return new Response(JSON.stringify({ path }), { status });
  };
  return { asked, fetcher };
}

function clock() {
  let now = 1_000;
  return { now: () => now, pass: (ms: number) => (now += ms) };
}

const GET: RequestInit = { method: "GET" };

describe("early answers", () => {
  it("are asked once and handed out once, then the app asks the server itself", async () => {
    const { asked, fetcher } = server({ "/api/session": 200 });
    const time = clock();
    const early = new EarlyAnswers(fetcher, time.now);
    early.start(["/api/session"], GET);
    const answer = await early.take("/api/session", null);
    expect(await answer?.json()).toEqual({ path: "/api/session" });
    expect(early.take("/api/session", null)).toBeUndefined();
    expect(asked).toEqual(["/api/session"]);
  });

  it("are not used for a path that was not started", () => {
    const early = new EarlyAnswers(server({}).fetcher, clock().now);
    early.start(["/api/session"], GET);
    expect(early.take("/api/checkins?from=2026-12-02&to=2026-12-04", null)).toBeUndefined();
  });

  it("are used only while fresh", () => {
    const time = clock();
    const early = new EarlyAnswers(server({ "/api/session": 200 }).fetcher, time.now);
    early.start(["/api/session", "/api/checkins/span"], GET);
    time.pass(EARLY_FRESH_MS);
    expect(early.take("/api/session", null)).toBeDefined();
    time.pass(1);
    expect(early.take("/api/checkins/span", null)).toBeUndefined();
  });

  it("are used only when the server said yes: a refusal or no network is asked again", async () => {
    const { fetcher } = server({ "/api/checkins/span": 401, "/api/session": "unreachable" });
    const early = new EarlyAnswers(fetcher, clock().now);
    early.start(["/api/checkins/span", "/api/session"], GET);
    expect(await early.take("/api/checkins/span", null)).toBeUndefined();
    expect(await early.take("/api/session", null)).toBeUndefined();
  });

  it("are all thrown away by a write, so nothing from before a save is shown after it", () => {
    const early = new EarlyAnswers(server({ "/api/session": 200 }).fetcher, clock().now);
    early.start(["/api/session", "/api/checkins/span"], GET);
    early.discardAll();
    expect(early.take("/api/session", null)).toBeUndefined();
    expect(early.take("/api/checkins/span", null)).toBeUndefined();
  });

  it("ask for a screen's data only once the session says someone is signed in", async () => {
    const signedOut = server({ "/api/session": 200, "/api/checkins/span": 401 });
    const answersSignedOut = async (path: string) => {
      const response = await signedOut.fetcher(path);
      return path === "/api/session"
        ? new Response(JSON.stringify({ user: null, needsOwner: false }), { status: 200 })
        : response;
    };
    const early = new EarlyAnswers(answersSignedOut, clock().now);
    early.start(["/api/session"], GET);
    early.start(["/api/checkins/span"], GET, early.signedIn("/api/session"));
    expect(await early.take("/api/checkins/span", null)).toBeUndefined();
    // The app still gets the session's answer whole.
    expect(await (await early.take("/api/session", null))?.json()).toEqual({
      user: null,
      needsOwner: false,
    });
    expect(signedOut.asked).toEqual(["/api/session"]);

    const asked: string[] = [];
    const signedInServer = async (path: string) => {
      asked.push(path);
      const body = path === "/api/session" ? { user: { id: "u1" }, needsOwner: false } : { path };
      return new Response(JSON.stringify(body), { status: 200 });
    };
    const later = new EarlyAnswers(signedInServer, clock().now);
    later.start(["/api/session"], GET);
    later.start(["/api/checkins/span"], GET, later.signedIn("/api/session"));
    expect(await (await later.take("/api/checkins/span", "u1"))?.json()).toEqual({
      path: "/api/checkins/span",
    });
    expect(asked).toEqual(["/api/session", "/api/checkins/span"]);
  });

  it("name the account the session answered, so a sign-in meanwhile never answers as another person", async () => {
    // Sam's session answers first; Robin signs in in another tab of the browser a moment later,
    // before the screen's data is asked for. The server refuses a request naming another account
    // than the live session's (401 other-account).
    let live = "sam";
    const asked: { path: string; account: string | null }[] = [];
    const browser = async (path: string, init: RequestInit) => {
      const account = new Headers(init.headers).get("X-Reconnect-Account");
      asked.push({ path, account });
      if (path === "/api/session") {
        const body = { user: { id: live }, needsOwner: false };
        live = "robin";
        return new Response(JSON.stringify(body), { status: 200 });
      }
      if (account !== null && account !== live) {
        return new Response(JSON.stringify({ error: { code: "other-account" } }), { status: 401 });
      }
      return new Response(JSON.stringify({ whose: live }), { status: 200 });
    };
    const early = new EarlyAnswers(browser, clock().now);
    early.start(["/api/session"], GET);
    early.start(["/api/checkins/span"], GET, early.signedIn("/api/session"));
    expect(await (await early.take("/api/session", null))?.json()).toMatchObject({
      user: { id: "sam" },
    });
    // Sam's page asks for Sam's data, and is never handed Robin's.
    expect(await early.take("/api/checkins/span", "sam")).toBeUndefined();
    expect(asked).toEqual([
      { path: "/api/session", account: null },
      { path: "/api/checkins/span", account: "sam" },
    ]);
  });

  it("are handed out only to a page naming the account they were asked as", async () => {
    const signedInServer = async (path: string) => {
      const body = path === "/api/session" ? { user: { id: "u1" }, needsOwner: false } : { path };
      return new Response(JSON.stringify(body), { status: 200 });
    };
    const early = new EarlyAnswers(signedInServer, clock().now);
    early.start(["/api/session"], GET);
    early.start(["/api/checkins/span", "/api/thoughts"], GET, early.signedIn("/api/session"));
    expect(await early.take("/api/checkins/span", "u2")).toBeUndefined();
    expect(await early.take("/api/thoughts", null)).toBeUndefined();
  });
});

describe("early answers on their way", () => {
  it("count as the app's requests until their body is in, so work that waits for the screen's answers waits for them", async () => {
    // Modules of their own: the count is the page's, and other tests leave theirs behind.
    vi.resetModules();
    const { EarlyAnswers } = await import("./early-requests.js");
    const { whenNoRequestsInFlight } = await import("../api/in-flight.js");
    let send: (body: string) => void = () => {};
    let answer: (response: Response) => void = () => {};
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        send = (text) => {
          controller.enqueue(new TextEncoder().encode(text));
          controller.close();
        };
      },
    });
    const early = new EarlyAnswers(
      () => new Promise<Response>((resolve) => (answer = resolve)),
      clock().now,
    );
    early.start(["/api/insights?to=2026-12-07"], GET);
    const waited = vi.fn();
    whenNoRequestsInFlight(waited, 60_000);
    expect(waited).not.toHaveBeenCalled();
    // Answered, but the patterns themselves still on their way.
    answer(new Response(body, { status: 200 }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(waited).not.toHaveBeenCalled();
    send('{"patterns":[]}');
    await vi.waitFor(() => expect(waited).toHaveBeenCalledTimes(1));
    // The screen still reads the answer whole.
    const taken = await early.take("/api/insights?to=2026-12-07", null);
    expect(await taken?.json()).toEqual({ patterns: [] });
  });

  it("stop counting when the session says no one is signed in, or the network is not there", async () => {
    vi.resetModules();
    const { EarlyAnswers } = await import("./early-requests.js");
    const { whenNoRequestsInFlight } = await import("../api/in-flight.js");
    const early = new EarlyAnswers(server({ "/api/session": "unreachable" }).fetcher, clock().now);
    early.start(["/api/session"], GET);
    early.start(["/api/checkins/span"], GET, Promise.resolve(null));
    const waited = vi.fn();
    whenNoRequestsInFlight(waited, 60_000);
    await vi.waitFor(() => expect(waited).toHaveBeenCalledTimes(1));
  });
});
