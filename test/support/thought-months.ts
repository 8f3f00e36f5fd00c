import type { ThoughtRecordInput } from "../../src/core/thoughts/thought.schema.js";
import { sendAs } from "./four-months.js";

/** About two a week for four months, as a person who writes when a thought feels heavy. */
export const THOUGHT_RECORDS = 34;

const WRITTEN: readonly ThoughtRecordInput[] = [
  {
    situation: "Jo didn't answer my message all afternoon.",
    thought: "They're fed up with me and just too polite to say so.",
    feelings: [{ name: "hurt", before: 70, after: 40 }],
    keptTraps: ["mind-reading"],
    evidenceFor: "It's happened before that people drifted off.",
    evidenceAgainst: "Jo was at work, and replied with a joke in the evening.",
    balancedThought: "A slow reply is usually about their day, not about me.",
  },
  {
    situation: "Stayed in bed until noon on Saturday.",
    thought: "I always waste my weekends, I'll never sort my life out.",
    feelings: [
      { name: "ashamed", before: 80, after: 50 },
      { name: "low", before: 60 },
    ],
    keptTraps: ["overgeneralizing", "all-or-nothing"],
    evidenceAgainst: "Last Sunday I went for a walk with Mum.",
  },
  {
    thought: "If I go to the party everyone will see how awkward I am and it will be a disaster.",
    feelings: [{ name: "anxious", before: 85 }],
    keptTraps: ["fortune-telling", "catastrophizing"],
  },
  {
    situation: "My sister said the meal was nice but a bit salty.",
    thought: "I ruin everything I try, I should just stop bothering.",
    feelings: [{ name: "sad", before: 65, after: 35 }],
    keptTraps: ["mental-filter", "labeling"],
    balancedThought: "She ate two helpings; one note about salt isn't a verdict on me.",
  },
  {
    thought: "I'm just a burden to everyone who has to deal with me.",
    feelings: [{ name: "worthless", before: 75 }],
    keptTraps: ["burden"],
    evidenceAgainst: "Alex asked to meet again next week.",
  },
  {
    situation: "Saw photos of old friends meeting up without me.",
    thought: "Everyone else has a real life and I've got nothing.",
    feelings: [{ name: "lonely", before: 90, after: 60 }],
    keptTraps: ["comparing"],
  },
];

/**
 * Seeds, through the HTTP API, the saved thought records of a person four months in: the same
 * few heavy thoughts, come back to again and again, each with the traps they kept.
 */
export async function seedThoughtRecords(baseUrl: string, cookie: string): Promise<void> {
  const send = sendAs(baseUrl, cookie);
  for (let n = 0; n < THOUGHT_RECORDS; n += 1) {
    const record = WRITTEN[n % WRITTEN.length];
    if (record) await send("POST", "/api/thoughts", record);
  }
}
