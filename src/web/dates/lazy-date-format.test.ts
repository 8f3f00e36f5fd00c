import { afterEach, beforeEach, describe, expect, it } from "vitest";

// Counts the formats the browser is asked to build, through a proxy of the real constructor.
const original = Intl.DateTimeFormat;
let built: Intl.DateTimeFormatOptions[] = [];

beforeEach(() => {
  built = [];
  Intl.DateTimeFormat = new Proxy(original, {
    construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      built.push(args[1] ?? {});
      return new target(...args);
    },
  });
});

afterEach(() => {
  Intl.DateTimeFormat = original;
});

const tasks = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("lazy date formats", () => {
  it("builds nothing when made, once when first used, and formats as Intl does", async () => {
    const { lazyDateFormat } = await import("./lazy-date-format.js");
    const month = lazyDateFormat({ month: "long", year: "numeric" });
    expect(built).toEqual([]);
    const date = new Date("2026-10-15T12:00:00");
    expect(month.format(date)).toBe(
      new original(undefined, { month: "long", year: "numeric" }).format(date),
    );
    month.format(date);
    expect(built).toEqual([{ month: "long", year: "numeric" }]);
  });

  it("warms each format made before and after, in later tasks, leaving out the seldom shown", async () => {
    const { lazyDateFormat, warmDateFormats } = await import("./lazy-date-format.js");
    lazyDateFormat({ weekday: "short" });
    lazyDateFormat({ hour: "numeric" }, { warm: false });
    warmDateFormats();
    // Not in the caller's own task: the early requests' start never waits on it.
    expect(built).toEqual([]);
    lazyDateFormat({ day: "numeric" });
    await tasks();
    expect(built).toEqual([{ weekday: "short" }, { day: "numeric" }]);
  });
});
