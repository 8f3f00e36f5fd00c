import { describe, expect, it } from "vitest";
import { peopleListSchema } from "./circle-api.schema.js";

// Someone saved in the circle before a name had to show something (a zero-width space, a lone
// accent) is still kept, and /api/people still lists them; the app's own read of that answer
// must take them, or the circle and plan screens could not show anyone at all.
const person = {
  id: "p1",
  name: "\u200b",
  relationship: "\u0301",
  contactPreference: "any",
  wantedEveryDays: 7,
  lastConnected: null,
  daysSince: null,
  overdue: false,
  nextStep: { step: "message", label: "Send a message", smaller: null, reason: "" },
  drafts: [],
  smallerDrafts: [],
  signals: [],
};

describe("the people list as the app reads it", () => {
  it("takes someone whose name was kept from before, as stored", () => {
    const list = { energy: null, people: [person], suggested: [] };
    expect(peopleListSchema.parse(list)).toEqual(list);
  });
});
