import { describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { exportOf, seedEverything } from "../../../test/support/export-fixtures.js";
import { engines } from "../../../test/support/stores.js";
import { useTwoPeople } from "../../../test/support/test-app.js";
import type { ExportDocument } from "../../core/export/export-document.schema.js";
import { NO_WORDS_YET } from "../../core/export/repair-v1.js";
import { SHOWS_NOTHING } from "../../core/text/visible.js";

// A share card's contact of only a zero-width space or a lone accent was saved, and opened a
// supporter's card with nothing under how to reach the person. The routes now refuse it, and
// keep a label that shows nothing as none; a file written before then still imports.

const BLANKS = ["\u200b", "\u0301", "\u200b \u200d"];
const CARD = { energy: "low", contact: "Texts welcome" };

async function sharesOf(c: ApiClient): Promise<Record<string, unknown>[]> {
  return (await c.get("/api/shares")).json().shares;
}

describe.each(engines)("a share card's words that show nothing, on %s", (engine) => {
  const s = useTwoPeople(engine);

  it("are refused as its contact when made or changed, naming it, writing nothing", async () => {
    const c = await s.app.member("refused");
    for (const blank of BLANKS) {
      const made = await c.post("/api/shares", { ...CARD, contact: blank });
      expect(made.statusCode, made.body).toBe(400);
      expect(made.json().error.fields).toEqual({ contact: SHOWS_NOTHING });
    }
    expect(await sharesOf(c)).toEqual([]);
    const card = (await c.post("/api/shares", CARD)).json();
    const changed = await c.request("PATCH", `/api/shares/${card.id}`, { contact: "\u200b" });
    expect(changed.statusCode, changed.body).toBe(400);
    expect(changed.json().error.fields).toEqual({ contact: SHOWS_NOTHING });
    expect((await sharesOf(c)).map((one) => one.contact)).toEqual([CARD.contact]);
  });

  it("count as no label, made or changed, as an empty one does", async () => {
    const c = await s.app.member("label");
    const made = await c.post("/api/shares", { ...CARD, label: "\u200b" });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).not.toHaveProperty("label");
    const id = made.json().id;
    expect((await c.request("PATCH", `/api/shares/${id}`, { label: "Mum" })).json().label).toBe(
      "Mum",
    );
    const cleared = await c.request("PATCH", `/api/shares/${id}`, { label: "\u0301" });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).not.toHaveProperty("label");
    expect(await sharesOf(c)).toEqual([expect.not.objectContaining({ label: expect.anything() })]);
  });

  it("in a version-1 file, import with words that show on an active card, and none on an ended one", async () => {
    const owner = await s.app.member("old-file-owner");
    await seedEverything(owner, "old");
    const doc = await exportOf(owner);
    const [card] = doc.shares;
    if (card === undefined) throw new Error("seedEverything made no card");
    const file: ExportDocument = {
      ...doc,
      shares: [
        { ...card, contact: "\u200b", label: "\u200b" },
        { ...card, id: "ended", contact: "\u0301", revokedAt: card.updatedAt },
      ],
    };

    const c = await s.app.member("old-file");
    const response = await c.post("/api/import?mode=replace", file);
    expect(response.statusCode, response.body).toBe(200);
    // Both cards were made at the same moment, so the list orders them by id, and the import
    // gives the first one an id made from this account (its own is the owner's): the active one
    // is put first here, whatever the ids.
    const shares = (await sharesOf(c)).sort((a, b) => Number(b.active) - Number(a.active));
    expect(shares.map((one) => [one.contact, one.active, "label" in one])).toEqual([
      [NO_WORDS_YET, true, false],
      ["", false, false],
    ]);
  });

  it("kept in an account from before still read back, open for a supporter, and export, which imports", async () => {
    const c = await s.app.member("kept-from-before");
    await seedEverything(c, "kept");
    const made = await c.post("/api/shares", { ...CARD, label: "For Jo" });
    expect(made.statusCode, made.body).toBe(201);
    // What the route saved until 2026-12-06, written as it wrote it.
    await s.app.store.db
      .updateTable("shares")
      .set({ contact: "\u200b", label: "\u200b" })
      .where("user_id", "=", "member-kept-from-before")
      .execute();

    expect((await sharesOf(c)).map((one) => one.contact)).toEqual(["\u200b", "\u200b"]);
    const page = await s.app.app.inject({ method: "GET", url: made.json().url });
    expect(page.statusCode, page.body).toBe(200);
    // Its other words can still be changed, the contact left as it is.
    const edited = await c.request("PATCH", `/api/shares/${made.json().id}`, { energy: "some" });
    expect(edited.statusCode, edited.body).toBe(200);

    const file = await exportOf(c);
    expect(file.shares.map((one) => one.contact)).toEqual([NO_WORDS_YET, NO_WORDS_YET]);
    const other = await s.app.member("kept-again");
    const again = await other.post("/api/import?mode=replace", file);
    expect(again.statusCode, again.body).toBe(200);
    expect((await sharesOf(other)).map((one) => [one.contact, "label" in one])).toEqual([
      [NO_WORDS_YET, false],
      [NO_WORDS_YET, false],
    ]);
  });
});
