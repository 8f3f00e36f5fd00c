import { describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";
import { addDays } from "../../core/dates/local-date.js";

/*
 * A period's limit in years counts calendar years, as docs/API.md says: `to` may be the same
 * month and day that many years after `from`, and not a day later, whether those years hold
 * 365 days or 366. Counting 366 days a year let a period of a year and a day through.
 */
const LIMITS = [
  {
    address: "/api/plans",
    longest: "a year",
    years: 1,
    field: "from",
    words: "is more than a year before to",
  },
  {
    address: "/api/checkins",
    longest: "20 years",
    years: 20,
    field: "from",
    words: "is more than 20 years before to",
  },
  {
    address: "/api/insights",
    longest: "20 years",
    years: 20,
    field: "from",
    words: "is more than 20 years before to",
  },
  {
    address: "/api/report.pdf",
    years: 5,
    field: "to",
    words: "must be at most 5 years after from",
  },
];

const yearsBefore = (date: string, years: number) =>
  `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;

describe.each(engines)("range limits on %s", (engine) => {
  const server = useServer(engine);

  describe.each(LIMITS)("$address, at most $longest", ({ address, years, field, words }) => {
    const ask = (from: string, to: string) => server.owner.get(`${address}?from=${from}&to=${to}`);

    it.each([
      ["no leap day", "2026-01-01"],
      ["a leap day", "2028-03-01"],
    ])("takes exactly that many calendar years over %s", async (_over, to) => {
      const response = await ask(yearsBefore(to, years), to);
      expect(response.statusCode, response.body).toBe(200);
    });

    it.each([
      ["no leap day", "2026-01-02"],
      ["a leap day", "2028-03-02"],
    ])("refuses a day more over %s, naming the end", async (_over, to) => {
      const from = yearsBefore(to.replace(/-02$/, "-01"), years);
      const response = await ask(from, to);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual({ [field]: words });
    });

    it("from a 29 February, ends on the 29th or, in a year without one, the 28th", async () => {
      const year = 2024 + years;
      const last = `${year}-02-${year % 4 === 0 ? "29" : "28"}`;
      expect((await ask("2024-02-29", last)).statusCode).toBe(200);
      expect((await ask("2024-02-29", addDays(last, 1))).statusCode).toBe(400);
    });
  });
});
