import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
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

describe.each(engines)("a part of one of the app's files, on %s", (engine) => {
  const webRoot = mkdtempSync(path.join(tmpdir(), "reconnect-web-"));
  const file = "console.log(1)";
  let t: TestApp;
  beforeAll(async () => {
    mkdirSync(path.join(webRoot, "assets"));
    writeFileSync(path.join(webRoot, "index.html"), "<!doctype html><title>Reconnect</title>");
    writeFileSync(path.join(webRoot, "assets", "app-abc123.js"), file);
    t = await createTestApp(engine, { webRoot });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const asked = (range: string) =>
    t.app.inject({ method: "GET", url: "/assets/app-abc123.js", headers: { range } });

  it("is served as asked when the file holds it", async () => {
    const response = await asked("bytes=0-6");
    expect(response.statusCode).toBe(206);
    expect(response.headers["content-range"]).toBe(`bytes 0-6/${file.length}`);
    expect(response.body).toBe("console");
  });

  // HTTP asks a 416 to say how long the file is (`bytes */14`), so a client that resumed a
  // download from a stale length knows where the file now ends instead of guessing again.
  it.each(["bytes=100-", "bytes=9-2"])(
    "past the file's end (%s) is 416 in the error shape, with the file's length",
    async (range) => {
      const response = await asked(range);
      expect(response.statusCode).toBe(416);
      expect(response.json().error.code).toBe("range-not-satisfiable");
      expect(response.headers["content-range"]).toBe(`bytes */${file.length}`);
      expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    },
  );
});
