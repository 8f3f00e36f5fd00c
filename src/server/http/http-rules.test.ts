import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OWNER } from "../../../test/support/api-client.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

describe("the rules every request passes through", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it("answers /healthz once the database answers", async () => {
    const response = await t.app.inject({ method: "GET", url: "/healthz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok" });
  });

  it("sends a strict Content-Security-Policy and other protective headers", async () => {
    const response = await t.app.inject({ method: "GET", url: "/crisis" });
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
  });

  it("refuses a change that is not JSON, with 403", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/setup",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "username=sam&password=a+quiet+morning+walk",
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("json-required");
    expect((await t.client().get("/api/setup")).json()).toEqual({ needsOwner: true });
  });

  it("refuses a change from another origin, and allows our own", async () => {
    const c = t.client();
    const foreign = await c.request("POST", "/api/setup", OWNER, {
      origin: "http://evil.example",
      host: "localhost:3000",
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe("cross-origin");
    const own = await c.request("POST", "/api/setup", OWNER, {
      origin: "http://localhost:3000",
      host: "localhost:3000",
    });
    expect(own.statusCode).toBe(201);
  });

  it("lets only health, setup, sign-in and crisis routes answer without a session", async () => {
    const anon = t.client();
    expect((await anon.get("/api/setup")).statusCode).toBe(200);
    expect((await anon.get("/api/session")).statusCode).toBe(200);
    expect((await anon.get("/api/crisis-resources")).statusCode).toBe(200);
    expect((await anon.get("/crisis")).statusCode).toBe(200);
    for (const [method, url] of [
      ["GET", "/api/me"],
      ["DELETE", "/api/me"],
      ["DELETE", "/api/session"],
      ["GET", "/api/checkins"],
      ["GET", "/api/anything-else"],
    ] as const) {
      expect((await anon.request(method, url)).statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it("cannot be fooled into skipping the session by an encoded address", async () => {
    const anon = t.client();
    for (const url of ["/%61pi/traps/detect", "/api/%74raps/detect", "/%61%70%69/traps/detect"]) {
      const response = await anon.request("POST", url, { text: "I always fail" });
      expect(response.statusCode, url).toBe(401);
    }
    for (const url of ["/%61pi/me", "/api/%6de", "/%61pi/checkins?from=2026-11-01&to=2026-11-02"]) {
      expect((await anon.request("GET", url)).statusCode, url).toBe(401);
    }
  });

  it("answers an unknown route with 404 in the error format", async () => {
    const c = await t.owner();
    const response = await c.get("/api/nothing-here");
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("not-found");
  });
});

describe("behind a reverse proxy that serves HTTPS (TRUST_PROXY)", () => {
  it("accepts the proxy's https origin and marks the session cookie Secure", async () => {
    const t = await createTestApp("sqlite", {
      trustProxy: true,
      hostNames: ["https://reconnect.example"],
    });
    try {
      const response = await t.client().request("POST", "/api/setup", OWNER, {
        host: "reconnect.example",
        origin: "https://reconnect.example",
        "x-forwarded-proto": "https",
      });
      expect(response.statusCode).toBe(201);
      expect(String(response.headers["set-cookie"])).toMatch(/Secure/);
    } finally {
      await t.close();
    }
  });

  it("is off by default: a forwarded https is not believed", async () => {
    const t = await createTestApp("sqlite", { hostNames: ["https://reconnect.example"] });
    try {
      const response = await t.client().request("POST", "/api/setup", OWNER, {
        host: "reconnect.example",
        origin: "https://reconnect.example",
        "x-forwarded-proto": "https",
      });
      expect(response.statusCode).toBe(403);
    } finally {
      await t.close();
    }
  });
});

describe("logs", () => {
  it("never contain passwords, notes or bodies, even when a request fails inside", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const t = await createTestApp("sqlite", { logger: { level: "trace", stream } });
    const c = await t.owner();
    const note = "a private thought about my sister";
    expect((await c.put("/api/checkins/2026-11-29", { mood: 3, note })).statusCode).toBe(200);
    await c.post("/api/session", { username: "sam", password: "a wrong secret password" });

    // A database that has gone away makes the next save fail inside the server.
    await t.store.close();
    const failed = await c.put("/api/checkins/2026-11-28", { mood: 3, note });
    expect(failed.statusCode).toBe(500);
    expect(failed.json().error.code).toBe("internal");
    expect(failed.body).not.toMatch(/sqlite|kysely|stack|at /i);

    const log = lines.join("");
    expect(log).toContain("request failed");
    for (const secret of [note, OWNER.password, "a wrong secret password", "private thought"]) {
      expect(log).not.toContain(secret);
    }
    await t.app.close();
  });
});
