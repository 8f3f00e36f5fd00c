import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

describe("serving the browser app", () => {
  const webRoot = mkdtempSync(path.join(tmpdir(), "reconnect-web-"));
  let t: TestApp;
  beforeAll(async () => {
    mkdirSync(path.join(webRoot, "assets"));
    writeFileSync(
      path.join(webRoot, "index.html"),
      '<!doctype html><title>Reconnect</title><script type="module" crossorigin src="/assets/index-r1.js"></script>',
    );
    writeFileSync(path.join(webRoot, "assets", "app-abc123.js"), "console.log(1)");
    t = await createTestApp("sqlite", { webRoot });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it.each(["/", "/history", "/checkin/2026-11-28", "/sign-in", "/setup"])(
    "answers the app's page at %s, always revalidated",
    async (url) => {
      const response = await t.app.inject({ method: "GET", url });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain("<title>Reconnect</title>");
      expect(response.headers["cache-control"]).toBe("no-cache");
    },
  );

  it("names the release it hands out on the API's answers and the page's", async () => {
    const session = await t.app.inject({ method: "GET", url: "/api/session" });
    expect(session.headers["reconnect-release"]).toBe("/assets/index-r1.js");
    const page = await t.app.inject({ method: "GET", url: "/history" });
    expect(page.headers["reconnect-release"]).toBe("/assets/index-r1.js");
  });

  it("serves hashed assets as immutable", async () => {
    const response = await t.app.inject({ method: "GET", url: "/assets/app-abc123.js" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toContain("immutable");
  });

  it("answers refused input in the API's error format while the app's files are served", async () => {
    const c = t.client();
    const response = await c.post("/api/setup", { username: "sam", password: "short" });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: {
        code: "invalid-input",
        message: expect.any(String),
        fields: { password: expect.stringContaining("at least 8") },
      },
    });
  });

  // Past the router's path-part length the share route does not match, and the app's page used
  // to answer: a supporter opening a link glued to a whole message met a sign-in form.
  it.each([`/s/${"A".repeat(43)}${"thankyousomuch".repeat(10)}`, `/s/${"b".repeat(3000)}`])(
    "answers a share link too long for its route with the supporter's plain page, not the app",
    async (url) => {
      const response = await t.app.inject({ method: "GET", url });
      expect(response.statusCode).toBe(404);
      expect(response.body).toContain("This link is no longer active");
      expect(response.body).not.toContain("<title>Reconnect</title>");
      expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
      expect(response.headers["cache-control"]).toBe("no-store");
    },
  );

  it("answers a missing file or API route with 404, not the page", async () => {
    expect((await t.app.inject({ method: "GET", url: "/assets/missing.js" })).statusCode).toBe(404);
    const c = await t.owner();
    expect((await c.get("/api/missing")).statusCode).toBe(404);
  });
});
