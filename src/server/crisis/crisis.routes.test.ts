import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

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
    expect(html).toContain("<strong>911</strong>");
    expect(html).toContain('<option value="US" selected>');
    expect(html).toContain("2026-11-29");
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
});
