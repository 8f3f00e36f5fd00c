import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { fc, it as property } from "@fast-check/vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { SCREEN_FILES_NAME, screenSources } from "../../core/app-routes/screen-files.js";
import { screenPages } from "./screen-page.js";
import { defaultWebRoot } from "./web-app.js";

const PAGE =
  '<!doctype html><html><head><title>Reconnect</title><script type="module" crossorigin src="/assets/index-r1.js"></script></head><body></body></html>';

function webRootWith(table: unknown): string {
  const root = mkdtempSync(path.join(tmpdir(), "reconnect-screens-"));
  mkdirSync(path.join(root, "assets"));
  writeFileSync(path.join(root, "index.html"), PAGE);
  writeFileSync(path.join(root, SCREEN_FILES_NAME), JSON.stringify(table));
  return root;
}

const preloads = (html: string) =>
  [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]);

describe("the page for a screen that is a file of its own", () => {
  const webRoot = webRootWith({
    plan: ["/assets/plan-a1.js", "/assets/runtime-b2.js"],
    thoughts: ["/assets/ThoughtsScreen-c3.js", "/assets/thought.schema-d4.js"],
    thoughtRecord: ["/assets/ThoughtRecordScreen-e5.js", "/assets/thought.schema-d4.js"],
  });
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp("sqlite", { webRoot });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it("names the screen's files in the page, so they download beside the app's script", async () => {
    const response = await t.app.inject({ method: "GET", url: "/plan" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.headers["cache-control"]).toBe("no-cache");
    expect(response.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(preloads(response.body)).toEqual(["/assets/plan-a1.js", "/assets/runtime-b2.js"]);
    expect(response.body).toContain('src="/assets/index-r1.js"');
    expect(response.body.indexOf("modulepreload")).toBeLessThan(response.body.indexOf("</head>"));
  });

  it("a thought record's page names the list's and the record's files, each once", async () => {
    const response = await t.app.inject({ method: "GET", url: "/thoughts/new" });
    expect(preloads(response.body)).toEqual([
      "/assets/ThoughtsScreen-c3.js",
      "/assets/thought.schema-d4.js",
      "/assets/ThoughtRecordScreen-e5.js",
    ]);
  });

  it("the check-in screen, history and an unknown address get the plain page", async () => {
    for (const url of ["/", "/history", "/checkin/2026-11-28", "/nowhere"]) {
      const response = await t.app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(200);
      expect(preloads(response.body), url).toEqual([]);
      expect(response.body, url).toBe(PAGE);
    }
  });

  it("is sent compressed when the browser says it can read it, and the same page decoded", async () => {
    const plain = (await t.app.inject({ method: "GET", url: "/plan" })).body;
    const br = await t.app.inject({
      method: "GET",
      url: "/plan",
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toContain("accept-encoding");
    expect(brotliDecompressSync(br.rawPayload).toString("utf8")).toBe(plain);
    const gzip = await t.app.inject({
      method: "GET",
      url: "/plan",
      headers: { "accept-encoding": "gzip" },
    });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.rawPayload).toString("utf8")).toBe(plain);
    const none = await t.app.inject({
      method: "GET",
      url: "/plan",
      headers: { "accept-encoding": "identity, br;q=0, gzip;q=0" },
    });
    expect(none.headers["content-encoding"]).toBeUndefined();
    expect(none.body).toBe(plain);
  });
  // Any address and any Accept-Encoding a client sends: the page or a refusal, never a 5xx, and
  // the page is always this page, with nothing but preloads of the table's files added.
  property.prop(
    [
      fc.oneof(
        fc.webPath().map((p) => (p.startsWith("/") ? p : `/${p}`)),
        fc.constantFrom("/plan", "/thoughts/%E0%A4%A", "/thoughts/x/", "/learn/cycle", "//plan"),
        fc.string().map((s) => `/${encodeURIComponent(s)}`),
      ),
      fc.oneof(fc.constant(undefined), fc.string(), fc.constantFrom("*", "br;q=0", "gzip;q=0.5")),
    ],
    { numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
  )(
    "hostile addresses and encodings get the page or a refusal, never a server error",
    async (url, acceptEncoding) => {
      const response = await t.app.inject({
        method: "GET",
        url,
        headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding },
      });
      expect(response.statusCode).toBeLessThan(500);
      if (response.statusCode !== 200 || !response.body.includes("<title>")) return;
      const encoding = response.headers["content-encoding"];
      const html =
        encoding === "br"
          ? brotliDecompressSync(response.rawPayload).toString("utf8")
          : encoding === "gzip"
            ? gunzipSync(response.rawPayload).toString("utf8")
            : response.body;
      const added = preloads(html);
      expect(html.replace(/ {4}<link rel="modulepreload"[^>]*>\n/g, "")).toBe(PAGE);
      for (const file of added) expect(file).toMatch(/^\/assets\/[\w.-]+\.js$/);
    },
  );
});

describe("the build's table of screen files", () => {
  it("is refused when it names anything but a built script, so nothing else is written into the page", () => {
    const root = webRootWith({ plan: ['/assets/x.js"><script src="/evil.js'] });
    try {
      expect(() => screenPages(root)).toThrow(/a built script under \/assets\//);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("without a table the server sends the plain page (an older build)", () => {
    const root = mkdtempSync(path.join(tmpdir(), "reconnect-screens-"));
    try {
      writeFileSync(path.join(root, "index.html"), PAGE);
      expect(screenPages(root)).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("the built app has every screen's own file in its table, and each file is in the build", () => {
    const table = JSON.parse(
      readFileSync(path.join(defaultWebRoot, SCREEN_FILES_NAME), "utf8"),
    ) as Record<string, string[]>;
    expect(Object.keys(table).sort()).toEqual(Object.keys(screenSources).sort());
    for (const [name, source] of Object.entries(screenSources)) {
      const files = table[name] ?? [];
      const stem = path.basename(source, ".tsx");
      // The plan's screen is built into the "plan" group's file (vite.config.ts).
      const own = name === "plan" ? /^\/assets\/plan-/ : new RegExp(`^/assets/${stem}-`);
      expect(files[0], name).toMatch(own);
      for (const file of files) {
        expect(() => readFileSync(path.join(defaultWebRoot, file)), file).not.toThrow();
      }
    }
  });
});
