import { describe, expect, it } from "vitest";
import { entityTag } from "./entity-tag.js";
import { parseSaveCondition } from "./parse-condition.js";

const V1 = "2026-11-29T12:00:00.000Z";
const V2 = "2026-11-29T12:05:00.000Z";

describe("reading a save's condition", () => {
  it("is no condition without either header, as the contract always was", () => {
    expect(parseSaveCondition(undefined, undefined)).toEqual({
      ok: true,
      condition: { kind: "none" },
    });
  });

  it("reads one quoted version, a star, and If-None-Match: *", () => {
    expect(parseSaveCondition(entityTag(V1), undefined)).toEqual({
      ok: true,
      condition: { kind: "version", version: V1 },
    });
    expect(parseSaveCondition(" * ", undefined)).toEqual({
      ok: true,
      condition: { kind: "exists" },
    });
    expect(parseSaveCondition(undefined, "*")).toEqual({
      ok: true,
      condition: { kind: "absent" },
    });
  });

  it.each([
    [V1, "unquoted"],
    [`W/"${V1}"`, "weak"],
    [`"${V1}", "${V2}"`, "a list"],
    ['""', "empty"],
    ['"a b"', "with a space"],
    ['"NaN"', "not a version"],
    ['"2026-11-29T12:00:00Z"', "an instant not written as versions are"],
    ['"2026-02-30T12:00:00.000Z"', "a day that does not exist"],
  ])("refuses If-Match %s (%s), naming the header", (value) => {
    const parsed = parseSaveCondition(value, undefined);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.header).toBe("if-match");
  });

  it("refuses If-None-Match other than *, and both headers at once", () => {
    // Worded for any record: the safety plan and thought records read these headers too.
    expect(parseSaveCondition(undefined, entityTag(V1))).toEqual({
      ok: false,
      header: "if-none-match",
      problem: "must be * (sent when the device saw nothing saved yet)",
    });
    expect(parseSaveCondition(entityTag(V1), "*")).toMatchObject({ ok: false });
  });
});
