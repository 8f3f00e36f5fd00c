import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createTestStore, engines } from "../../../test/support/stores.js";
import { listThoughtRecords } from "../thoughts/thought.repository.js";
import { migrateToLatest, migrateUpTo } from "./migrate.js";

const AT = "2026-11-01T00:00:00.000Z";

/** A thought record as Reconnect wrote it before 0019: its search form lower case alone. */
function addRecordOfThen(id: string, thought: string) {
  const formOfThen = thought.normalize("NFC").toLowerCase();
  return sql`
    insert into thought_records
      (id, user_id, thought, feelings, suggested_traps, kept_traps, search_text, created_at, updated_at)
    values (${id}, 'u-ayse', ${thought}, '[]', '[]', '[]', ${formOfThen}, ${AT}, ${AT})`;
}

/*
 * A search finds a record "in any case" (docs/API.md). Lower case alone kept apart letters a
 * person takes as one: with Turkish capitals, "KİM" lowers to "ki̇m" (a combining dot), so a
 * record saying "Kim bilir" was never found by "KİM", nor "İyi değilim" by "iyi".
 */
describe.each(engines)("thought search in any case (migration 0019) on %s", (engine) => {
  it("finds records written before it, by any case of İ, ı, I and i, σ and ς, ß and ss", async () => {
    const store = await createTestStore(engine, { migrated: false });
    try {
      await migrateUpTo(store.db, "0018-one-name-fold");
      await sql`
        insert into users (id, username, username_folded, username_fold_duplicate, password_hash,
          role, created_at)
        values ('u-ayse', 'ayse', 'ayse', 0, 'hash', 'member', ${AT})`.execute(store.db);
      await addRecordOfThen("t-iyi", "İyi değilim").execute(store.db);
      await addRecordOfThen("t-kim", "Kim bilir").execute(store.db);
      await addRecordOfThen("t-odos", "ΣΤΟ ΔΡΟΜΟΣ").execute(store.db);
      await addRecordOfThen("t-strasse", "Die Straße ist leer").execute(store.db);
      expect((await migrateToLatest(store.db)).applied).toEqual(["0019-thought-search-fold"]);

      const found = async (query: string) =>
        (await listThoughtRecords(store.db, "u-ayse", query)).map((r) => r.id);
      expect(await found("İYİ")).toEqual(["t-iyi"]);
      expect(await found("iyi")).toEqual(["t-iyi"]);
      expect(await found("DEĞİL")).toEqual(["t-iyi"]);
      expect(await found("KİM")).toEqual(["t-kim"]);
      expect(await found("kım")).toEqual(["t-kim"]);
      expect(await found("δρομοσ")).toEqual(["t-odos"]);
      expect(await found("STRASSE")).toEqual(["t-strasse"]);
    } finally {
      await store.dispose();
    }
  });
});
