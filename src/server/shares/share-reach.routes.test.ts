import { afterEach, describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

const CARD = { energy: "low", contact: "Texts welcome, calls are hard" } as const;
const PUBLIC_URL = "https://reconnect.example.org";

describe.each(engines)("where share links open, and whom they are for, on %s", (engine) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("builds the link on PUBLIC_URL, tells the screen so, and the link opens the card", async () => {
    t = await createTestApp(engine, { shareReach: { publicUrl: PUBLIC_URL, listenHost: "::" } });
    const c = await t.owner();
    const created = await c.post("/api/shares", CARD);
    expect(created.statusCode).toBe(201);
    const url: string = created.json().url;
    expect(url).toMatch(/^https:\/\/reconnect\.example\.org\/s\/[A-Za-z0-9_-]{43}$/);
    expect((await c.get("/api/shares")).json().links).toEqual({
      publicUrl: PUBLIC_URL,
      onlyThisComputer: false,
    });
    const page = await t.app.inject({ method: "GET", url: new URL(url).pathname });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(CARD.contact);
  });

  it("says a link opens only on this computer when it listens on loopback with no PUBLIC_URL", async () => {
    t = await createTestApp(engine, { shareReach: { listenHost: "127.0.0.1" } });
    const c = await t.owner();
    expect((await c.post("/api/shares", CARD)).json().url).toMatch(/^\/s\//);
    expect((await c.get("/api/shares")).json().links).toEqual({
      publicUrl: null,
      onlyThisComputer: true,
    });
  });

  it("leaves the address to the browser when it listens on the network with no PUBLIC_URL", async () => {
    t = await createTestApp(engine, { shareReach: { listenHost: "0.0.0.0" } });
    const c = await t.owner();
    expect((await c.get("/api/shares")).json().links).toEqual({
      publicUrl: null,
      onlyThisComputer: false,
    });
  });

  it("keeps a 'for whom' label for its maker only: never on the page the link opens", async () => {
    t = await createTestApp(engine);
    const c = await t.owner();
    const created = await c.post("/api/shares", { ...CARD, label: "  For Mum  " });
    expect(created.json().label).toBe("For Mum");
    const { id, url } = created.json();
    expect((await c.get("/api/shares")).json().shares[0].label).toBe("For Mum");
    const page = await t.app.inject({ method: "GET", url });
    expect(page.body).not.toContain("For Mum");

    const renamed = await c.request("PATCH", `/api/shares/${id}`, { label: "Sam from work" });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().label).toBe("Sam from work");
    const cleared = await c.request("PATCH", `/api/shares/${id}`, { label: "" });
    expect(cleared.json()).not.toHaveProperty("label");

    // Without a label, a card is made as before.
    expect((await c.post("/api/shares", CARD)).json()).not.toHaveProperty("label");
  });

  it("refuses a label that is too long or not text, naming it, and writes nothing", async () => {
    t = await createTestApp(engine);
    const c = await t.owner();
    for (const label of ["x".repeat(101), 7, "half \ud83d"]) {
      const response = await c.post("/api/shares", { ...CARD, label });
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json().error.fields)).toEqual(["label"]);
    }
    expect(await t.store.db.selectFrom("shares").select("id").execute()).toEqual([]);

    const { id } = (await c.post("/api/shares", { ...CARD, label: "For Mum" })).json();
    const tooLong = await c.request("PATCH", `/api/shares/${id}`, { label: "x".repeat(101) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.message).toMatch(/label/);
    expect((await c.get("/api/shares")).json().shares[0].label).toBe("For Mum");
  });

  it("forgets the label with the card's other words when the link is turned off", async () => {
    t = await createTestApp(engine);
    const c = await t.owner();
    const { id } = (await c.post("/api/shares", { ...CARD, label: "For Mum" })).json();
    expect((await c.delete(`/api/shares/${id}`)).statusCode).toBe(204);
    const row = await t.store.db
      .selectFrom("shares")
      .select(["label", "contact"])
      .where("id", "=", id)
      .executeTakeFirst();
    expect(row).toEqual({ label: null, contact: "" });
  });
});
