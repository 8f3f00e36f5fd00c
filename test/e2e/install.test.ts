import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { required } from "../support/required.js";
import { browserUnavailable, CHROMIUM_PATH, watchForOutsideRequests } from "./support/browser.js";
import { openPage } from "./support/journey.js";
import { type RunningServer, startServer } from "./support/server.js";

interface InstallabilityErrors {
  installabilityErrors: { errorId: string; errorArguments: { name: string; value: string }[] }[];
}

interface AppManifest {
  errors: { message: string }[];
  url: string;
}

describe.skipIf(browserUnavailable())("installing Reconnect on a phone's home screen", () => {
  // Chromium offers to install nothing in a private window, which a fresh test context is, so
  // this journey runs in an ordinary profile of its own.
  let server: RunningServer | undefined;
  let profile = "";
  let context: BrowserContext | undefined;
  const outside: string[] = [];

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), "reconnect-install-"));
    server = await startServer();
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"],
      viewport: { width: 390, height: 844 },
    });
    watchForOutsideRequests(context, outside);
  });

  afterAll(async () => {
    await context?.close();
    await server?.stop();
    await rm(profile, { recursive: true, force: true });
  });

  it("meets Chromium's install criteria, with a manifest it reads without complaint", async () => {
    const { baseUrl } = required(server, "The server");
    const browser = required(context, "The browser profile");
    const page = await browser.newPage();
    await openPage(page, `${baseUrl}/`);
    // The worker is part of what older Chromium looks for; it is ready once it is active.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

    const devtools = await browser.newCDPSession(page);
    const manifest = (await devtools.send("Page.getAppManifest")) as unknown as AppManifest;
    expect(manifest.url).toBe(`${baseUrl}/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = (await devtools.send(
      "Page.getInstallabilityErrors",
    )) as unknown as InstallabilityErrors;
    expect(installabilityErrors).toEqual([]);

    // What the home screen shows: the name, standalone, opening on the check-in, and icons
    // (one maskable) that really are PNGs of the sizes they claim.
    const declared = await (await page.request.get(`${baseUrl}/manifest.webmanifest`)).json();
    expect(declared).toMatchObject({
      name: "Reconnect",
      short_name: "Reconnect",
      display: "standalone",
      start_url: "/",
    });
    const icons: { src: string; sizes: string; purpose: string }[] = declared.icons;
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
      "192x192 any",
      "512x512 any",
      "512x512 maskable",
    ]);
    for (const icon of icons) {
      const response = await page.request.get(`${baseUrl}${icon.src}`);
      expect(response.headers()["content-type"]).toBe("image/png");
      const png = await response.body();
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    expect(outside, "requests that left 127.0.0.1").toEqual([]);
  });
});
