import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { readability } from "../../core/learn/readability.js";

/** The words a reader sees in the page's main part, one block per heading, paragraph or item. */
function visibleText(html: string): string {
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  return main
    .replace(/<\/(h\d|p|li)>/g, "\n\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

describe("the supporter guide, public and script-free", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("answers 200 with a full HTML page and no script, without signing in", async () => {
    const response = await t.app.inject({ method: "GET", url: "/support" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    const html = response.body;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toContain("<script");
    expect(html.match(/<h1>/g)).toHaveLength(1);
    // Nothing the page loads comes from another host.
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
      if (url?.startsWith("http")) expect(html).toContain(`href="${url}" rel="noreferrer"`);
    }
    expect(html).toMatch(/<link rel="stylesheet" href="\/crisis.css">/);
    expect(html).toMatch(/<link rel="stylesheet" href="\/support.css">/);
  });

  it("puts a way to crisis help before everything else", async () => {
    const html = (await t.app.inject({ method: "GET", url: "/support" })).body;
    const helpNow = html.indexOf('href="/crisis">Get help now</a>');
    expect(helpNow).toBeGreaterThan(0);
    expect(helpNow).toBeLessThan(html.indexOf("<h1>"));
    // Its first lines send a worried reader to the help lines written for them, not to a page
    // that speaks to the person in danger.
    const urgent = html.indexOf('<a href="#help-lines">reach a help line</a>');
    expect(urgent).toBeGreaterThan(html.indexOf("<h1>"));
    expect(urgent).toBeLessThan(html.indexOf('id="contents-heading"'));
    expect(html).toContain("You can call them about someone else, too");
  });

  it("covers every part of the guide, with no 'should' aimed at the reader", async () => {
    const html = (await t.app.inject({ method: "GET", url: "/support" })).body;
    for (const heading of [
      "What pulling away is, and what it is not",
      "What tends to help",
      "What to avoid",
      "Asking about suicide",
      "Encouraging professional help",
      "Looking after yourself",
      "Help lines",
      "Common questions",
    ]) {
      expect(html).toContain(`>${heading.replace(/'/g, "&#39;")}</h2>`);
    }
    expect(html).toContain("does not put the idea in someone's head");
    expect(html).toMatch(/Low-pressure contact|Keeping the invitation open/);
    expect(html).not.toMatch(/\byou should\b/i);
    // Every contents link points at a section that exists.
    for (const [, id] of html.matchAll(/<a href="#([\w-]+)">/g)) {
      expect(html).toContain(`id="${id}"`);
    }
  });

  it("reads as plainly as the lessons (Flesch–Kincaid grade 7 or under)", async () => {
    const html = (await t.app.inject({ method: "GET", url: "/support" })).body;
    const measured = readability(visibleText(html));
    expect(measured.words).toBeGreaterThan(800);
    expect(measured.grade).toBeLessThanOrEqual(7);
  });

  it("shows the help lines for the region asked for", async () => {
    const html = (await t.app.inject({ method: "GET", url: "/support?region=GB" })).body;
    expect(html).toContain("Samaritans");
    expect(html).toContain('<a class="call" href="tel:999">Call 999</a>');
    expect(html).toContain(
      '<a class="call text" href="sms:85258?&amp;body=SHOUT">Text SHOUT to 85258</a>',
    );
    expect(html).not.toContain("Text: Text");
    expect(html).toContain('<option value="GB" selected>');
  });

  it("picks the region from the browser's language", async () => {
    const html = (
      await t.app.inject({
        method: "GET",
        url: "/support",
        headers: { "accept-language": "en-US,en;q=0.8" },
      })
    ).body;
    expect(html).toContain("988 Suicide &amp; Crisis Lifeline");
    expect(html).toContain('href="tel:988"');
    expect(html).toContain('href="tel:911"');
  });

  it("falls back to international help for an unlisted region", async () => {
    const html = (await t.app.inject({ method: "GET", url: "/support?region=BR" })).body;
    expect(html).toContain("call your local emergency number");
    expect(html).toContain("findahelpline.com");
  });

  it("escapes whatever is typed into the region", async () => {
    const hostile = encodeURIComponent('"><script>alert(1)</script>');
    const response = await t.app.inject({ method: "GET", url: `/support?region=${hostile}` });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain("<script");
    expect(response.body).not.toContain("alert(1)");
    const short = (await t.app.inject({ method: "GET", url: "/support?region=%3Cb%3E" })).body;
    expect(short).not.toContain("<b>");
  });

  it("serves its stylesheet as a file, since inline styles are not allowed", async () => {
    const response = await t.app.inject({ method: "GET", url: "/support.css" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/css");
    expect(response.body).toContain(".help-now");
  });
});
