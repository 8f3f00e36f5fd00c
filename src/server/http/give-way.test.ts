import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { lifeExport } from "../../../bench/ten-years.js";
import { exportDocumentSchema } from "../../core/export/export-document.schema.js";
import { parsedGivingWay, RECORDS_PER_STEP, runGivingWay, safeParseGivingWay } from "./give-way.js";
import { fieldErrors } from "./parse.js";
import { appWording } from "./zod-wording.js";

const record = z.strictObject({ day: z.number(), note: z.string().default("none") });

describe("records parsed a step at a time", () => {
  it("gives what the whole list's parse gives", async () => {
    const items = Array.from({ length: RECORDS_PER_STEP * 3 + 1 }, (_, day) =>
      day % 2 ? { day } : { day, note: `day ${day}` },
    );
    expect(await parsedGivingWay(record, items)).toEqual(record.array().parse(items));
  });

  it("throws the whole list's error, naming the record's place", async () => {
    const items = Array.from({ length: RECORDS_PER_STEP + 5 }, (_, day) => ({ day }));
    items[RECORDS_PER_STEP + 2] = { day: Number.NaN };
    const whole = record.array().safeParse(items);
    await expect(parsedGivingWay(record, items)).rejects.toThrow(whole.error?.message);
    expect(whole.error?.issues[0]?.path).toEqual([RECORDS_PER_STEP + 2, "day"]);
  });

  it("lets the event loop turn between steps", async () => {
    const order: string[] = [];
    // Queued before the parse starts: it runs at the parse's first step, or after it if none.
    setImmediate(() => order.push("another turn"));
    const parsing = parsedGivingWay(
      record,
      Array.from({ length: RECORDS_PER_STEP * 2 }, (_, day) => ({ day })),
    ).then(() => order.push("parsed"));
    await parsing;
    expect(order).toEqual(["another turn", "parsed"]);
  });
});

describe("work run as steps", () => {
  it("lets the event loop turn at every step, and gives the result", async () => {
    const order: string[] = [];
    function* steps(): Generator<void, string, void> {
      order.push("first step");
      yield;
      order.push("second step");
      return "done";
    }
    setImmediate(() => order.push("another turn"));
    expect(await runGivingWay(steps())).toBe("done");
    expect(order).toEqual(["first step", "another turn", "second step"]);
  });
});

describe("a schema's parse a step at a time", () => {
  const life = () => lifeExport({ days: 40, thoughts: 12, plans: 30, people: 6 });
  const parsedWhole = (value: unknown) =>
    exportDocumentSchema.safeParse(value, { error: appWording });
  const said = (issues: readonly z.core.$ZodIssue[]) =>
    issues.map(({ code, path, message }) => ({ code, path, message }));

  it("gives what the whole parse gives, key for key", async () => {
    const doc = lifeExport({ days: RECORDS_PER_STEP + 30, thoughts: 12, plans: 30, people: 6 });
    const stepped = await safeParseGivingWay(exportDocumentSchema, doc, appWording);
    expect(stepped.success).toBe(true);
    expect(JSON.stringify(stepped.success && stepped.data)).toBe(
      JSON.stringify(parsedWhole(doc).data),
    );
  });

  it("names the same problems, in the same order and words, whatever is wrong where", async () => {
    const doc = life();
    /** Every place in the file: a value may be changed, taken away, or given a stranger beside it. */
    const places: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      places.push(path);
      if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) walk(item, [...path, index]);
      } else if (typeof value === "object" && value !== null) {
        for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
      }
    };
    walk(doc, []);
    const change = fc.record({
      at: fc.constantFrom(...places.filter((path) => path.length > 0)),
      to: fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.constant("gone"),
        fc.constant("a stranger beside it"),
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 6 }), async (changes) => {
        const broken: unknown = structuredClone(doc);
        for (const { at, to } of changes) {
          let holder: unknown = broken;
          for (const key of at.slice(0, -1)) {
            holder =
              typeof holder === "object" && holder !== null ? Reflect.get(holder, key) : null;
          }
          const last = at.at(-1);
          if (typeof holder !== "object" || holder === null || last === undefined) continue;
          if (to === "gone") Reflect.deleteProperty(holder, last);
          else if (to === "a stranger beside it") Reflect.set(holder, "stranger", 1);
          else Reflect.set(holder, last, to);
        }
        const whole = parsedWhole(broken);
        const stepped = await safeParseGivingWay(exportDocumentSchema, broken, appWording);
        expect(stepped.success).toBe(whole.success);
        if (stepped.success || whole.success) return;
        expect(said(stepped.error.issues)).toEqual(said(whole.error.issues));
        expect(fieldErrors(stepped.error, broken)).toEqual(fieldErrors(whole.error, broken));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });

  it("lets the event loop turn while it checks a long list", async () => {
    const order: string[] = [];
    const doc = lifeExport({ days: RECORDS_PER_STEP * 2, thoughts: 1, plans: 1, people: 1 });
    setImmediate(() => order.push("another turn"));
    await safeParseGivingWay(exportDocumentSchema, doc, appWording).then(() =>
      order.push("parsed"),
    );
    expect(order).toEqual(["another turn", "parsed"]);
  });
});
