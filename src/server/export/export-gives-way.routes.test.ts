import { beforeAll, describe, expect, it } from "vitest";
import { lifeExport } from "../../../bench/ten-years.js";
import { answerOrder } from "../../../test/support/answer-order.js";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";
import { type CsvQuery, csvTable } from "../../core/export/csv-tables.js";
import { csvText } from "./csv-file.js";
import { readExport } from "./export.repository.js";
import { exportChunks } from "./export-stream.js";

/** Enough of a life that every long list is checked and written in several steps. */
const LIFE = { days: 700, thoughts: 450, plans: 900, people: 30 };

const KINDS: CsvQuery[] = [
  { kind: "checkins", text: "0" },
  { kind: "plans", text: "0" },
  { kind: "thoughts", text: "0" },
  { kind: "thoughts", text: "1" },
  { kind: "questionnaires", text: "0" },
];
const csvUrl = (query: CsvQuery) => `/api/export/csv?kind=${query.kind}&text=${query.text}`;

/**
 * The downloads give way while they read, check and write out years of records (see
 * http/give-way.ts), and must still give exactly the file they gave when they did it in one
 * piece: `readExport` (the whole document read and checked at once) and `csvText` (the whole
 * table written at once) are that one-piece way, run here on the same stored rows.
 */
describe.each(engines)("downloads of a long history on %s", (engine) => {
  const s = useServer(engine, { member: true });
  let userId = "";
  beforeAll(async () => {
    const imported = await s.owner.post("/api/import?mode=replace", lifeExport(LIFE));
    expect(imported.statusCode, imported.body).toBe(200);
    userId = (await s.owner.get("/api/me")).json().id;
  });
  const oneByOne = () => readExport(s.app.store.db, userId, s.app.clock.now().toISOString());

  it.each(KINDS)(
    "writes the same spreadsheet, byte for byte ($kind, text $text)",
    async (query) => {
      const response = await s.owner.get(csvUrl(query));
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(csvText(csvTable(await oneByOne(), query)));
    },
  );

  it("writes the same JSON export, byte for byte", async () => {
    const response = await s.owner.get("/api/export");
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe([...exportChunks(await oneByOne())].join(""));
  });

  it.each([...KINDS.map(csvUrl), "/api/export"])(
    "answers another person while %s is under way",
    async (url) => {
      expect(
        await answerOrder(
          () => s.owner.get(url),
          () => s.member.get("/api/session"),
        ),
      ).toEqual({ order: ["short", "long"], long: 200, short: 200 });
    },
  );
});
