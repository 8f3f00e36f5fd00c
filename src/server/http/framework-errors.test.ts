import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/** What every answer carries, errors included; checked on the answers Fastify used to write itself. */
function expectAppShape(
  response: { statusCode: number; body: string; headers: Record<string, unknown> },
  status: number,
  code: string,
  url: string,
) {
  expect(response.statusCode).toBe(status);
  expect(JSON.parse(response.body)).toEqual({ error: { code, message: expect.any(String) } });
  expect(response.body).not.toMatch(/fastify|FST_/i);
  expect(response.body).not.toContain(url);
  expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
  expect(response.headers["x-content-type-options"]).toBe("nosniff");
  expect(response.headers["x-frame-options"]).toBe("DENY");
}

describe("errors the framework raises before any route runs", () => {
  let t: TestApp;
  let owner: ApiClient;
  const webRoot = mkdtempSync(path.join(tmpdir(), "reconnect-web-"));
  beforeAll(async () => {
    mkdirSync(path.join(webRoot, "assets"));
    writeFileSync(path.join(webRoot, "index.html"), "<!doctype html><title>Reconnect</title>");
    writeFileSync(path.join(webRoot, ".env"), "SECRET=1");
    t = await createTestApp("sqlite", { webRoot });
    owner = await t.owner();
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it.each(["/api/me%ff", "/api/thoughts/%ed%a0%80", "/%c0%af"])(
    "answers an address that is not UTF-8 (%s) with 400 bad-address in the app's shape",
    async (url) => {
      const response = await t.app.inject({ method: "GET", url });
      expectAppShape(response, 400, "bad-address", url);
    },
  );

  // A GET reaches the app's file route first, which answers 404 for a name it does not have.
  it.each([
    ["PATCH", "/api/people/", 414, "address-too-long"],
    ["DELETE", "/api/people/", 414, "address-too-long"],
    ["GET", "/api/thoughts/", 404, "not-found"],
  ] as const)(
    "answers an over-long id on %s %s… with %i %s in the app's shape",
    async (method, route, status, code) => {
      const id = "a".repeat(5000);
      const response = await owner.request(
        method,
        `${route}${id}`,
        method === "PATCH" ? { name: "Kim" } : undefined,
      );
      expectAppShape(response, status, code, id);
    },
  );

  // DELETE, as above: a GET reaches the app's file route first.
  it("counts a path part's length in UTF-16 units once its escapes are read, as docs/API.md says", async () => {
    const emoji = encodeURIComponent("😀");
    const within = await owner.delete(`/api/people/${emoji.repeat(50)}`);
    expect(within.statusCode).toBe(404);
    const over = await owner.delete(`/api/people/${emoji.repeat(51)}`);
    expectAppShape(over, 414, "address-too-long", emoji);
    const accented = await owner.delete(`/api/people/${encodeURIComponent("é").repeat(100)}`);
    expect(accented.statusCode).toBe(404);
  });

  it("answers a path the file server blocks with 403 forbidden, not bad-request", async () => {
    for (const url of ["//etc/passwd", "/a/..%5c..%5cetc"]) {
      const response = await t.app.inject({ method: "GET", url });
      expectAppShape(response, 403, "forbidden", url);
    }
  });

  it("never serves a hidden file that happens to sit in the app's folder", async () => {
    const response = await t.app.inject({ method: "GET", url: "/.env" });
    expectAppShape(response, 404, "not-found", ".env");
    expect(response.body).not.toContain("SECRET");
  });

  it("answers a path that climbs out of the app's folder with 404, naming nothing", async () => {
    const url = "/assets/..%2f..%2f..%2fetc%2fpasswd";
    const response = await t.app.inject({ method: "GET", url });
    expectAppShape(response, 404, "not-found", "passwd");
  });
});
