import type { Page } from "playwright-core";
import { seedSettledAccount } from "../test/support/lived-in-account.js";
import { type SeededBrowser, slowDown, withSeededBrowser } from "./support/seeded-browser.js";

// Layout shift on the main screens for a settled person (four months of check-ins, a circle of
// eight, fifteen planned steps, reminders on, a share link, a full safety plan, thought records):
// an empty account shows none of what moves. The built server, Chromium on a phone's screen with
// Lighthouse's mobile slowdowns (CPU 4x, 150 ms round trips, 1.6 Mbit/s down), and three ways in:
//   cold: a first visit to the screen's address (the service worker kept out, so each is first);
//   in-app: the check-in screen first, then the screen by its link in the header, as a person goes;
//   draft: the screen's new-thing form typed into, then the page reloaded, so the screen opens on
//          the words it goes on with (share, plan, circle: the per-tab draft, useNewDraft.ts);
//   edit-draft: a change to something saved typed into, then the page reloaded, so the screen
//          opens on the change it goes on with (plan: an own activity's, useEditDraft.ts).
// For each, the cumulative layout shift as the browser's Web Vitals count it (the worst burst of
// shifts not just after a tap or key) and every shift with what moved. Waits for each screen's
// data to be drawn, never for a fixed time.
// Usage: npm run build, then node --import tsx bench/layout-shift.ts   (SCREENS=share,plan for some)

/** Web Vitals' line between a good and a poor page: past it, people lose their place. */
const TARGET_CLS = 0.1;
const OWNER = { username: "shifter", password: "a steady screen password" };

interface Screen {
  name: string;
  path: string;
  /** The header link that leads there (under "More" on a phone, unless one of the daily three). */
  link: string;
  more: boolean;
  /** What is on screen once the screen's data is in and drawn. */
  ready: (page: Page) => Promise<void>;
  /** Types into the screen's form for something new, so a reload finds a draft kept. */
  draft?: (page: Page) => Promise<void>;
  /** Types a change into something saved, so a reload finds a change kept. */
  editDraft?: (page: Page) => Promise<void>;
  /** What is on screen once the screen has opened on the kept change. */
  editReady?: (page: Page) => Promise<void>;
}

const SCREENS: Screen[] = [
  {
    name: "share",
    path: "/share",
    link: "Share how you're doing",
    more: true,
    ready: async (page) => {
      await page.locator("ul.share-list > li").first().waitFor();
      await page.locator('form[aria-labelledby="new-heading"]:not([aria-busy="true"])').waitFor();
    },
    draft: async (page) => {
      await page
        .locator('form[aria-labelledby="new-heading"]')
        .getByLabel("Who is it for? (optional)")
        .fill("Lena");
    },
  },
  {
    name: "plan",
    path: "/plan",
    link: "Plan",
    more: false,
    ready: async (page) => {
      await page.getByRole("list", { name: "Suggestions" }).getByRole("listitem").first().waitFor();
      await page.getByRole("list", { name: "Your plan" }).getByRole("listitem").first().waitFor();
      // Inside the closed "Add, change or hide activities": there once this tab's draft is chosen.
      await page
        .locator('#activities-add[aria-busy="false"], form.activity-form')
        .first()
        .waitFor({ state: "attached" });
    },
    draft: async (page) => {
      await page.getByText("Add, change or hide activities").click();
      await page.getByRole("button", { name: "Add your own" }).click();
      await page
        .getByRole("form", { name: "Add your own activity" })
        .getByLabel("Activity")
        .fill("Feed the ducks");
    },
    editDraft: async (page) => {
      await page.getByText("Add, change or hide activities").click();
      await page.getByRole("button", { name: /^Edit: / }).click();
      await page.locator("form.activity-form").getByLabel("Activity").fill("Water the tomatoes");
    },
    editReady: async (page) => {
      await page.locator("form.activity-form:not([inert])").waitFor();
    },
  },
  {
    name: "circle",
    path: "/circle",
    link: "Circle",
    more: true,
    ready: async (page) => {
      await page
        .getByRole("list", { name: "People in your circle" })
        .locator("> li")
        .nth(7)
        .waitFor();
    },
    draft: async (page) => {
      await page.getByRole("button", { name: "Add someone" }).click();
      await page.getByRole("form", { name: "Add someone" }).getByLabel("Name").fill("Nadia");
    },
  },
  {
    name: "check-in",
    path: "/",
    link: "Check-in",
    more: false,
    ready: async (page) => {
      await page.locator('form.checkin-form .checkin-answers[aria-busy="false"]').waitFor();
    },
  },
  {
    name: "thoughts",
    path: "/thoughts",
    link: "Thoughts",
    more: false,
    ready: async (page) => {
      await page.locator(".thought-list li").first().waitFor();
    },
  },
  {
    name: "history",
    path: "/history",
    link: "History",
    more: true,
    ready: async (page) => {
      await page.getByRole("table").waitFor();
    },
  },
  {
    name: "insights",
    path: "/insights",
    link: "Insights",
    more: true,
    ready: async (page) => {
      await page.getByRole("heading", { name: "Check-up scores over time" }).waitFor();
    },
  },
  {
    name: "safety plan",
    path: "/safety-plan",
    link: "My safety plan",
    more: false,
    ready: async (page) => {
      await page.getByText("Biscuit the cat").first().waitFor();
    },
  },
];

interface Shift {
  at: number;
  value: number;
  input: boolean;
  moved: string[];
}

declare global {
  interface Window {
    __shifts?: Shift[];
  }
}

/** Records every layout shift from the first paint on, with what moved and from where to where. */
async function recordShifts(page: Page): Promise<void> {
  // No named function inside: run under tsx, a named one is wrapped in a helper (`__name`) that
  // exists only in Node, and the script would throw in the page and record nothing.
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    window.__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node: Node | null; previousRect: DOMRect; currentRect: DOMRect }[];
        };
        const moved: string[] = [];
        for (const { node, previousRect: from, currentRect: to } of shift.sources ?? []) {
          let what = String(node?.nodeName);
          if (node instanceof Element) {
            const id = node.id ? `#${node.id}` : "";
            const classes = node.className ? `.${String(node.className).split(" ").join(".")}` : "";
            const words = (node.textContent ?? "").trim().slice(0, 30);
            what = `${node.tagName.toLowerCase()}${id}${classes} "${words}"`;
          }
          moved.push(
            `${what} y ${Math.round(from.y)}→${Math.round(to.y)}, h ${Math.round(from.height)}→${Math.round(to.height)}`,
          );
        }
        shifts.push({
          at: Math.round(shift.startTime),
          value: shift.value,
          input: shift.hadRecentInput,
          moved,
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Web Vitals' CLS: the largest session window (gaps under 1 s, 5 s at most) of shifts without input. */
export function cumulativeLayoutShift(shifts: readonly Shift[]): number {
  let worst = 0;
  let sum = 0;
  let start = Number.NEGATIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const shift of shifts) {
    if (shift.input) continue;
    if (shift.at - last > 1000 || shift.at - start > 5000) {
      sum = 0;
      start = shift.at;
    }
    sum += shift.value;
    last = shift.at;
    worst = Math.max(worst, sum);
  }
  return worst;
}

async function settled(page: Page, screen: Screen): Promise<Shift[]> {
  await screen.ready(page);
  await page.waitForLoadState("networkidle");
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return page.evaluate(() => window.__shifts ?? []);
}

type Way = "cold" | "in-app" | "draft" | "edit-draft";

async function visit(session: SeededBrowser, screen: Screen, way: Way): Promise<Shift[]> {
  const context = await session.signedIn({ everyVisitFirst: true, reducedMotion: "reduce" });
  const baseUrl = session.url;
  const page = await context.newPage();
  try {
    await slowDown(page, { network: true });
    await recordShifts(page);
    if (way === "cold") {
      await page.goto(`${baseUrl}${screen.path}`);
      return await settled(page, screen);
    }
    if (way === "draft") {
      await page.goto(`${baseUrl}${screen.path}`);
      await screen.ready(page);
      await screen.draft?.(page);
      await page.reload();
      return await settled(page, screen);
    }
    if (way === "edit-draft") {
      await page.goto(`${baseUrl}${screen.path}`);
      await screen.ready(page);
      await screen.editDraft?.(page);
      await page.reload();
      await screen.editReady?.(page);
      return await settled(page, screen);
    }
    const checkin = SCREENS.find((s) => s.path === "/");
    await page.goto(`${baseUrl}/`);
    if (checkin) await settled(page, checkin);
    const nav = page.getByRole("navigation", { name: "Main" });
    if (screen.more) await nav.locator("details.nav-more > summary").click();
    const link = screen.more
      ? nav.locator(".nav-more-list").getByRole("link", { name: screen.link, exact: true })
      : page.getByRole("link", { name: screen.link, exact: true }).first();
    const before = await page.evaluate(() => performance.now());
    await link.click();
    const shifts = await settled(page, screen);
    return shifts.filter((shift) => shift.at >= before);
  } finally {
    await context.close();
  }
}

export async function benchLayoutShift(): Promise<void> {
  const account = { name: "layout-shift", owner: OWNER, seed: seedSettledAccount };
  await withSeededBrowser(account, async (session) => {
    const only = (process.env.SCREENS ?? "").split(",").filter((s) => s !== "");
    const screens = only.length > 0 ? SCREENS.filter((s) => only.includes(s.name)) : SCREENS;
    const ways = (process.env.WAYS ?? "cold,in-app,draft,edit-draft").split(",") as Way[];
    console.log(
      "\nLayout shift, a settled person (CPU 4x, 150 ms, 1.6 Mbit/s, 390×844); target CLS < 0.1",
    );
    for (const screen of screens) {
      for (const way of ways) {
        if (way === "draft" && !screen.draft) continue;
        if (way === "edit-draft" && !screen.editDraft) continue;
        const shifts = await visit(session, screen, way);
        const cls = cumulativeLayoutShift(shifts);
        console.log(
          `  ${screen.name.padEnd(12)} ${way.padEnd(7)} CLS ${cls.toFixed(3)} (target < ${TARGET_CLS})   ${cls < TARGET_CLS ? "PASS" : "MISS"}`,
        );
        for (const shift of shifts) {
          console.log(
            `      at ${shift.at} ms ${shift.value.toFixed(4)}${shift.input ? " (after input, not counted)" : ""}`,
          );
          for (const moved of shift.moved) console.log(`        ${moved}`);
        }
      }
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLayoutShift();
