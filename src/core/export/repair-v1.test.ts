import { describe, expect, it } from "vitest";
import { personInputSchema } from "../circle/person.schema.js";
import { NO_NAME_YET, repairVersion1 } from "./repair-v1.js";
import { upgradeExport } from "./upgrade-export.js";

const person = (name: unknown) => ({ id: "p", name, relationship: "" });
const file = (...people: unknown[]) => ({ format: "reconnect-export", version: 1, people });

describe("a version-1 file's names that show nothing", () => {
  it("are given a name that shows, which today's route takes", () => {
    const repaired = upgradeExport(file(person("\u200b"), person(" \u0301 "), person("Jo")));
    expect(repaired.people).toEqual([person(NO_NAME_YET), person(NO_NAME_YET), person("Jo")]);
    const route = { contactPreference: "any", wantedEveryDays: 7, relationship: "" };
    expect(personInputSchema.safeParse({ ...route, name: "\u200b" }).success).toBe(false);
    expect(personInputSchema.safeParse({ ...route, name: NO_NAME_YET }).success).toBe(true);
  });

  it("leaves what no route ever took for the schema to refuse, and what is not a name", () => {
    const odd = file(person("   "), person(""), person(7), "not a person", null, { id: "q" });
    expect(repairVersion1(odd)).toEqual(odd);
    const noPeople = { format: "reconnect-export", version: 1, people: "none" };
    expect(repairVersion1(noPeople)).toEqual(noPeople);
  });

  it("is only for version 1", () => {
    const later = { ...file(person("\u200b")), version: 2 };
    expect(upgradeExport(later)).toEqual(later);
  });
});
