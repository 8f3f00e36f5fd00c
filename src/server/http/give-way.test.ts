import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parsedGivingWay, RECORDS_PER_STEP, runGivingWay } from "./give-way.js";

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
