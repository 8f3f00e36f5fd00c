import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../errors/app-error.js";
import { parse } from "./parse.js";
import { fieldLabel } from "./zod-wording.js";

const schema = z.strictObject({
  note: z.string().max(100).optional(),
  name: z.string().min(1).optional(),
  code: z.string().length(4).optional(),
  count: z.number().int().min(1).max(9).optional(),
  ratio: z.number().gt(0).lt(1).optional(),
  tags: z.array(z.string()).max(2).optional(),
  mode: z.enum(["add", "replace"]).optional(),
  on: z.boolean().optional(),
  email: z.email().optional(),
  custom: z
    .string()
    .refine((text) => text === "ok")
    .optional(),
  worded: z.string({ error: "worded must be the schema's own words" }).optional(),
});

function fieldsOf(value: unknown): Record<string, string> | undefined {
  try {
    parse(schema, value);
  } catch (error) {
    if (error instanceof AppError) return error.fields;
  }
  throw new Error("parse took the value");
}

describe("the app's wording for what a schema did not word itself", () => {
  it.each([
    [{ note: "x".repeat(101) }, "note", "note must be at most 100 characters"],
    [{ name: "" }, "name", "name must not be empty"],
    [{ code: "abc" }, "code", "code must be exactly 4 characters"],
    [{ count: 1.5 }, "count", "count must be a whole number"],
    [{ count: 0 }, "count", "count must be at least 1"],
    [{ count: 10 }, "count", "count must be at most 9"],
    [{ ratio: 0 }, "ratio", "ratio must be more than 0"],
    [{ ratio: 1 }, "ratio", "ratio must be less than 1"],
    [{ tags: ["a", "b", "c"] }, "tags", "tags must be at most 2 items"],
    [{ tags: ["a", 5] }, "tags.1", "tags item 2 must be text"],
    [{ tags: "a" }, "tags", "tags must be a list"],
    [{ mode: "merge" }, "mode", "mode must be one of add, replace"],
    [{ on: "yes" }, "on", "on must be true or false"],
    [{ email: "nope" }, "email", "email must be an email address"],
    [{ custom: "no" }, "custom", "custom is not a value we can take"],
    [{ worded: 5 }, "worded", "worded must be the schema's own words"],
  ])("%j names %s in its own words", (value, field, words) => {
    expect(fieldsOf(value)).toEqual({ [field]: words });
  });

  it("never says zod's own English", () => {
    const fields = fieldsOf({ note: 1, name: "", count: "x", tags: [1], mode: 1 });
    for (const words of Object.values(fields ?? {})) {
      expect(words).not.toMatch(/Invalid|Too (big|small)|expected|received/);
    }
  });

  it("still says `is required` for a field left out and names an unknown one", () => {
    const required = z.strictObject({ mood: z.number() });
    expect(() => parse(required, { mod: 1 })).toThrow(AppError);
    try {
      parse(required, { mod: 1 });
    } catch (error) {
      expect(error instanceof AppError && error.fields).toEqual({
        mood: "is required",
        mod: "is not a field we know",
      });
    }
  });

  it("labels a path by its last name and the place in a list", () => {
    expect(fieldLabel(["connections", 0, "name"])).toBe("name");
    expect(fieldLabel(["warningSigns", 2])).toBe("warningSigns item 3");
    expect(fieldLabel([])).toBe("this");
  });
});
