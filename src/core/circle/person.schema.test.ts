import { describe, expect, it } from "vitest";
import { personInputSchema, personSchema } from "./person.schema.js";

const sam = {
  id: "person-1",
  name: "Sam",
  relationship: "old friend from school",
  contactPreference: "message",
  wantedEveryDays: 7,
} as const;

describe("person", () => {
  it("accepts someone who matters, trimming the name", () => {
    expect(personSchema.parse({ ...sam, name: "  Sam " })).toEqual(sam);
  });
  it("lets the relationship be left blank", () => {
    const { id: _id, ...input } = sam;
    expect(personInputSchema.parse({ ...input, relationship: "" }).relationship).toBe("");
  });
  it.each([0, 400, 2.5])("names a gap of %s days", (value) => {
    const result = personSchema.safeParse({ ...sam, wantedEveryDays: value });
    expect(result.error?.issues[0]?.message).toBe(
      "wantedEveryDays must be a whole number of days from 1 to 365",
    );
  });
  it("names an unknown contact preference", () => {
    const result = personSchema.safeParse({ ...sam, contactPreference: "pigeon" });
    expect(result.error?.issues[0]?.message).toBe(
      "contactPreference must be one of message, voice-note, call, video, in-person, any",
    );
  });
  it("refuses an empty name", () => {
    const result = personSchema.safeParse({ ...sam, name: "   " });
    expect(result.error?.issues[0]?.message).toBe("name must not be empty");
  });
});
