import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { helpLinksFor } from "../../core/crisis/contact-links.js";
import {
  crisisResourcesFor,
  INTERNATIONAL,
  knownRegions,
} from "../../core/crisis/crisis-resources.js";

describe("crisis help, reachable without signing in", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("gives a region's resources with its emergency number and the date they were checked", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/crisis-resources?region=gb" });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.region).toBe("GB");
    expect(body.emergency).toBe("999");
    expect(body.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.resources.map((r: { name: string }) => r.name)).toContain("Samaritans");
  });

  it("picks the region from the browser's language", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/crisis-resources",
      headers: { "accept-language": "en-NZ,en;q=0.8" },
    });
    expect(response.json().region).toBe("NZ");
  });

  it("falls back to the international list for an unknown region", async () => {
    const body = (
      await t.app.inject({ method: "GET", url: "/api/crisis-resources?region=ZZ" })
    ).json();
    expect(body.region).toBe("INTL");
    expect(body.emergency).toBe("your local emergency number");
    expect(body.resources.length).toBeGreaterThan(0);
  });

  it("renders /crisis as a full page with no script, a region picker and the local lines", async () => {
    const response = await t.app.inject({ method: "GET", url: "/crisis?region=US" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    const html = response.body;
    expect(html).not.toContain("<script");
    expect(html).toContain("988 Suicide &amp; Crisis Lifeline");
    expect(html).toContain('href="tel:988"');
    expect(html).toContain('<a class="call" href="tel:911">Call 911</a>');
    expect(html).toContain(
      '<a class="call text" href="sms:741741?&amp;body=HOME">Text HOME to 741741</a>',
    );
    expect(html).toContain('<option value="US" selected>');
    expect(html).toContain("2026-11-29");
    // A supporter reaches it from the header of a shared card or the guide: told, before the
    // lines, that they may call about someone else.
    const forSupporters = html.indexOf("Worried about someone else? You can call or text these");
    expect(forSupporters).toBeGreaterThan(0);
    expect(forSupporters).toBeLessThan(html.indexOf('id="lines-heading"'));
  });

  it("makes every emergency number, phone line and text line on /crisis a call or text link, for every region", async () => {
    for (const region of [...knownRegions, INTERNATIONAL]) {
      const info = crisisResourcesFor(region);
      const html = (await t.app.inject({ method: "GET", url: `/crisis?region=${region}` })).body;
      const hrefs = [...html.matchAll(/href="((?:tel|sms):[^"]*)"/g)].map((m) => m[1]);
      const { emergency, lines } = helpLinksFor(info);
      const expected = [...emergency, ...lines.flatMap((line) => line.links)].map((link) =>
        link.href.replace(/&/g, "&amp;"),
      );
      expect(hrefs, region).toEqual(expected);
      // Every number written on the page sits inside one of those links or in a sentence that
      // has its link straight after: none is left as plain text only.
      for (const number of [info.emergency, ...info.resources.flatMap((r) => [r.phone, r.text])]) {
        if (!number || !/\d/.test(number)) continue;
        for (const digits of number.match(/\d[\d ]*\d|\d/g) ?? []) {
          expect(hrefs.join(" "), `${region}: ${digits}`).toContain(digits.replace(/\D/g, ""));
        }
      }
      if (info.known) expect(emergency.length, region).toBeGreaterThan(0);
    }
  });

  it("links to the person's safety plan only when they are signed in", async () => {
    const anyone = (await t.app.inject({ method: "GET", url: "/crisis?region=GB" })).body;
    expect(anyone).not.toContain('href="/safety-plan"');
    const owner = await t.owner();
    const signedIn = await owner.get("/crisis?region=GB");
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.body).toContain(
      '<a class="call secondary" href="/safety-plan">Open your safety plan</a>',
    );
    expect(signedIn.headers["cache-control"]).toContain("private");
    // A cookie that names no session is simply nobody: the page still answers, without the link.
    const stranger = await t.app.inject({
      method: "GET",
      url: "/crisis?region=GB",
      headers: { cookie: "reconnect_session=not-a-real-session" },
    });
    expect(stranger.statusCode).toBe(200);
    expect(stranger.body).not.toContain('href="/safety-plan"');
    expect(stranger.body).toContain('href="tel:999"');
  });

  it("tells someone in an unlisted country to call their local emergency number", async () => {
    const html = (await t.app.inject({ method: "GET", url: "/crisis?region=BR" })).body;
    expect(html).toContain("call your local emergency number");
    expect(html).toContain("findahelpline.com");
  });

  it("escapes whatever is typed into the region", async () => {
    const html = (await t.app.inject({ method: "GET", url: "/crisis?region=%3Cscript%3E" })).body;
    expect(html).not.toContain("<script>");
  });

  it("leads back to the screen the person left for help, and never anywhere else", async () => {
    const page = async (query: string) =>
      (await t.app.inject({ method: "GET", url: `/crisis${query}` })).body;
    const fromRecord = await page("?from=%2Fthoughts%2Fnew");
    expect(fromRecord).toContain('<a href="/thoughts/new">Back to Reconnect</a>');
    // Changing the region keeps the way back.
    expect(fromRecord).toContain('<input type="hidden" name="from" value="/thoughts/new">');
    for (const query of [
      "",
      "?from=%2F%2Felsewhere.example",
      "?from=https%3A%2F%2Fx.example",
      "?from=%22%3E%3Cscript%3E",
    ]) {
      const html = await page(query);
      expect(html, query).toContain('<a href="/">Back to Reconnect</a>');
      expect(html, query).not.toContain('name="from"');
    }
  });
});
