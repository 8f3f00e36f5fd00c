import { describe, expect, it } from "vitest";
import { z } from "zod";
import { lazySchema } from "./lazy-schema.js";

describe("a schema built on first use", () => {
  it("is not built until something reads it, and then only once", () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds += 1;
      return z.strictObject({ mood: z.number().int().min(0).max(10) });
    });
    expect(builds).toBe(0);
    expect(schema.parse({ mood: 3 })).toEqual({ mood: 3 });
    expect(schema.safeParse({ mood: 11 }).success).toBe(false);
    expect(schema.safeParse({ mood: 3, typo: 1 }).success).toBe(false);
    expect(builds).toBe(1);
  });

  it("refuses what the schema built at once refuses, with the same issues", () => {
    const build = () =>
      z.strictObject({
        name: z.string().trim().min(1, { message: "must not be empty" }).max(5),
        felt: z.number().int().min(-2).max(2).optional(),
      });
    const eager = build();
    const lazy = lazySchema(build);
    for (const input of [{ name: " " }, { name: "abcdef", felt: 3 }, { name: "a", x: 1 }, null]) {
      expect(lazy.safeParse(input).error?.issues).toEqual(eager.safeParse(input).error?.issues);
    }
  });

  it("composes as the schema itself: extend, shape, arrays, optional, instanceof", () => {
    const base = lazySchema(() => z.strictObject({ mood: z.number() }));
    const extended = base.extend({ note: z.string().optional() });
    expect(Object.keys(extended.shape)).toEqual(["mood", "note"]);
    expect(extended.safeParse({ mood: 1, other: 2 }).success).toBe(false);
    expect(z.array(base).parse([{ mood: 1 }])).toEqual([{ mood: 1 }]);
    expect(base.optional().parse(undefined)).toBeUndefined();
    expect(base).toBeInstanceOf(z.ZodObject);
    expect(Object.keys(base.shape)).toEqual(["mood"]);
  });

  it("gives the same JSON Schema as the schema built at once", () => {
    const build = () => z.object({ when: z.string(), list: z.array(z.number().min(0)) });
    const inner = lazySchema(build);
    expect(z.toJSONSchema(z.object({ day: inner }))).toEqual(
      z.toJSONSchema(z.object({ day: build() })),
    );
  });

  it("reports the schema's own properties, those it cannot lose included", () => {
    const schema = lazySchema(() => z.string());
    const internals = Object.getOwnPropertyDescriptor(schema, "_zod");
    expect(internals?.value).toBe(schema._zod);
    expect(Reflect.ownKeys(schema)).toContain("_zod");
    expect("parse" in schema).toBe(true);
  });
});
