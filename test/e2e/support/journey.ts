import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { required } from "../../support/required.js";
import { launchBrowser, watchForOutsideRequests } from "./browser.js";
import { type RunningServer, startServer } from "./server.js";

export const OWNER = { username: "sam", password: "a quiet morning walk" } as const;

export interface Journey {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Another context (say, with JavaScript off) whose requests are watched the same way. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

const VIOLATION = "content-security-policy violation:";

/**
 * Reports every Content-Security-Policy violation a page meets. The policy forbids what
 * Reconnect must never do (load from another host, run inline or eval'd code), so a violation
 * is a bug even when the page still works.
 */
async function watchForPolicyViolations(context: BrowserContext, found: string[]): Promise<void> {
  await context.addInitScript((prefix) => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`${prefix} ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
    });
  }, VIOLATION);
  context.on("console", (message) => {
    if (message.text().startsWith(VIOLATION)) found.push(message.text());
  });
}

/**
 * One server and one browser per file; a fresh browser context per test. After every test, no
 * request may have left 127.0.0.1 (Reconnect loads nothing from anywhere else), and the page
 * broke none of its Content-Security-Policy.
 */
export function useJourney(
  contextOptions: BrowserContextOptions = {},
  serverEnv: Record<string, string> = {},
): Journey {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const contexts: BrowserContext[] = [];
  const outside: string[] = [];
  const violations: string[] = [];
  const watch = async (watched: BrowserContext) => {
    watchForOutsideRequests(watched, outside);
    await watchForPolicyViolations(watched, violations);
  };

  const journey: Journey = {
    get server() {
      return required(server, "The server");
    },
    get browser() {
      return required(browser, "The browser");
    },
    get context() {
      return required(context, "The browser context");
    },
    get page() {
      return required(page, "The page");
    },
    async newContext(options = {}) {
      const extra = await journey.browser.newContext(options);
      contexts.push(extra);
      await watch(extra);
      return extra;
    },
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(serverEnv), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    outside.length = 0;
    violations.length = 0;
    context = await journey.browser.newContext(contextOptions);
    contexts.push(context);
    await watch(context);
    // Well above what any screen needs here, well below Vitest's own limit, so a stuck journey
    // names the element it waited for.
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
  });

  afterEach(async () => {
    for (const open of contexts.splice(0)) await open.close();
    expect(outside, "requests that left 127.0.0.1").toEqual([]);
    expect(violations, "Content-Security-Policy violations").toEqual([]);
  });

  return journey;
}

/** Opens an address and insists the server answered it, so a broken route fails fast and plainly. */
export async function openPage(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  const status = response?.status();
  if (status !== 200) {
    throw new Error(`GET ${new URL(url).pathname} answered ${status ?? "nothing"}, not 200.`);
  }
}
