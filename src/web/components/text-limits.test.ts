import { describe, expect, it } from "vitest";
import { connectionSchema } from "../../core/checkins/checkin.schema.js";
import { personFields } from "../../core/circle/person.schema.js";
import { activityFields } from "../../core/plan/activity.schema.js";
import {
  ACTIVITY_TITLE_MAX,
  CONNECTION_NAME_MAX,
  FIRST_STEP_MAX,
  PERSON_NAME_MAX,
  RELATIONSHIP_MAX,
} from "./text-limits.js";

/** The longest text a schema keeps, found by asking it, as the server does. */
function longestKept(schema: { safeParse: (value: unknown) => { success: boolean } }): number {
  let length = 1;
  while (schema.safeParse("a".repeat(length)).success) length += 1;
  return length - 1;
}

describe("each short box's limit is the server's", () => {
  it.each([
    ["a person's name", PERSON_NAME_MAX, personFields.name],
    ["how you know them", RELATIONSHIP_MAX, personFields.relationship],
    ["an activity", ACTIVITY_TITLE_MAX, activityFields.title],
    ["a first step", FIRST_STEP_MAX, activityFields.firstStep],
    ["a connection's name", CONNECTION_NAME_MAX, connectionSchema.shape.name],
  ])("%s", (_, limit, schema) => {
    expect(longestKept(schema)).toBe(limit);
  });
});
