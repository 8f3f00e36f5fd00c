import { addDays } from "../src/core/dates/local-date.js";
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
  exportDocumentSchema,
} from "../src/core/export/export-document.schema.js";
import { TINY_MAX_MINUTES } from "../src/core/plan/activity.schema.js";
import { catalogue } from "../src/core/plan/catalogue.js";
import { mulberry32 } from "../src/core/seeded-random.js";
import { trapIds } from "../src/core/traps/trap-ids.js";

/**
 * One person's export after years of use, made up with a fixed seed so every run reads the same
 * file: daily check-ins with connections and notes, fortnightly PHQ-9s and monthly UCLA-3s, a
 * safety plan, thought records, planned activities, a circle of people, a routine with ticks,
 * share cards and a calendar feed. `fullNotes` fills every note and thought field to its limit,
 * for the largest file a person could make.
 */
export interface LifeOptions {
  days: number;
  thoughts: number;
  plans: number;
  people: number;
  fullNotes?: boolean;
}

export const TEN_YEARS: LifeOptions = { days: 3650, thoughts: 500, plans: 5000, people: 100 };

const WORDS = [
  "tired",
  "walked",
  "Jo",
  "called",
  "rain",
  "coffee",
  "work",
  "quiet",
  "slept",
  "badly",
  "better",
  "today",
  "sister",
  "message",
  "park",
  "cooked",
  "dinner",
  "alone",
  "meeting",
  "anxious",
  "laughed",
  "bus",
  "früh",
  "café",
  "müde",
  "🌧️",
  "☀️",
  "friend",
  "late",
  "again",
];
const AT = (date: string, hour: number) =>
  `${date}T${String(hour).padStart(2, "0")}:${String((hour * 7) % 60).padStart(2, "0")}:00.000Z`;

export function lifeExport(options: LifeOptions): ExportDocument {
  const random = mulberry32(2016);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error("picked from an empty list");
    return item;
  };
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  // Whole words up to `length` UTF-16 units, so an emoji is never cut in half.
  const words = (length: number) => {
    let text = "tired";
    for (;;) {
      const next = ` ${pick(WORDS)}`;
      if (text.length + next.length > length) return text;
      text += next;
    }
  };
  // Texts at their limits, made once and drawn from: building each anew would make the largest
  // file slow to seed, and the database stores the same number of bytes either way.
  const fullNote = Array.from({ length: 40 }, () => words(2000));
  const fullField = Array.from({ length: 40 }, () => words(4000));
  const start = addDays("2026-11-29", -options.days);
  const dayOf = (i: number) => addDays(start, i);
  const time = () =>
    `${String(int(6, 22)).padStart(2, "0")}:${String(int(0, 59)).padStart(2, "0")}`;

  const people = Array.from({ length: options.people }, (_, i) => ({
    id: `person-${i}`,
    name: `${pick(["Jo", "Ana", "Sam", "Kai", "Lee", "Mo"])} ${i}`,
    relationship: pick(["sister", "friend", "colleague", "neighbour", ""]),
    contactPreference: pick([
      "message",
      "voice-note",
      "call",
      "video",
      "in-person",
      "any",
    ] as const),
    wantedEveryDays: int(1, 60),
    createdAt: AT(dayOf(Math.floor((i * options.days) / options.people / 4)), 9),
    updatedAt: AT(dayOf(Math.floor((i * options.days) / options.people / 4)), 10),
  }));
  const activities = Array.from({ length: 20 }, (_, i) => {
    // Drawn in the order they always were, so the rest of the file stays as it was.
    const title = `Own activity ${i}: ${words(30)}`;
    const area = pick(["connection", "enjoyment", "achievement", "body-routine"] as const);
    const effort = pick(["tiny", "small", "bigger"] as const);
    // As the activity route allows (and the import checks): a tiny step takes at most
    // TINY_MAX_MINUTES. Clamped, not drawn again.
    const minutes = int(5, 90);
    return {
      id: `own-${i}`,
      title,
      area,
      effort,
      minutes: effort === "tiny" ? Math.min(minutes, TINY_MAX_MINUTES) : minutes,
      social: random() < 0.4,
      firstStep: words(40),
      createdAt: AT(dayOf(i * 10), 8),
    };
  });

  const checkins = Array.from({ length: options.days }, (_, i) => {
    const date = dayOf(i);
    const connections = Array.from({ length: int(0, 3) }, () =>
      random() < 0.7
        ? {
            personId: pick(people).id,
            mode: pick(["message", "call", "video", "in-person"] as const),
            felt: int(-2, 2),
          }
        : {
            name: pick(["Ana", "the baker", "a neighbour"]),
            mode: pick(["message", "in-person"] as const),
          },
    );
    const noteLength = random() < 0.6 ? int(20, 400) : 0;
    return {
      mood: int(0, 10),
      energy: int(0, 10),
      enjoyment: int(0, 10),
      rumination: int(0, 10),
      burden: int(0, 10),
      sleepHours: int(8, 40) / 4,
      connections,
      ...(options.fullNotes
        ? { note: pick(fullNote) }
        : noteLength > 0
          ? { note: words(noteLength) }
          : {}),
      date,
      updatedAt: AT(date, 21),
    };
  });

  const assessments = Array.from({ length: Math.floor(options.days / 14) }, (_, i) => ({
    id: `phq9-${i}`,
    instrument: "phq9" as const,
    answers: Array.from({ length: 9 }, () => int(0, 3)),
    difficulty: int(0, 3),
    takenAt: AT(dayOf(i * 14), 19),
  }));
  const ucla = Array.from({ length: Math.floor(options.days / 30) }, (_, i) => ({
    id: `ucla3-${i}`,
    instrument: "ucla3" as const,
    answers: Array.from({ length: 3 }, () => int(1, 3)),
    takenAt: AT(dayOf(i * 30 + 1), 19),
  }));

  const field = (short: number) => (options.fullNotes ? pick(fullField) : words(int(10, short)));
  const thoughts = Array.from({ length: options.thoughts }, (_, i) => {
    const day = dayOf(Math.floor((i * options.days) / options.thoughts));
    const kept = [...new Set([pick(trapIds), pick(trapIds)])];
    return {
      id: `thought-${i}`,
      situation: field(200),
      thought: field(200),
      feelings: [
        { name: "Sad", before: int(40, 100), after: int(0, 60) },
        { name: "Anxious", before: int(20, 90), after: int(0, 50) },
      ],
      suggestedTraps: [
        { id: pick(trapIds), confidence: int(50, 99) / 100, spans: [{ start: 0, end: 5 }] },
      ],
      keptTraps: kept,
      setAsideTraps: trapIds.filter((id) => !kept.includes(id)).slice(0, 1),
      evidenceFor: field(300),
      evidenceAgainst: field(300),
      balancedThought: field(200),
      createdAt: AT(day, 20),
      updatedAt: AT(day, 21),
    };
  });

  const choices = [...catalogue.map((a) => a.id), ...activities.map((a) => a.id)];
  const plans = Array.from({ length: options.plans }, (_, i) => {
    const date = dayOf(Math.floor((i * options.days) / options.plans));
    const status = pick(["planned", "done", "done", "let-go"] as const);
    return {
      id: `plan-${i}`,
      activityId: pick(choices),
      date,
      time: random() < 0.5 ? time() : null,
      predictedEnjoyment: int(0, 10),
      personId: random() < 0.3 ? pick(people).id : null,
      status,
      actualEnjoyment: status === "done" ? int(0, 10) : null,
      achievement: status === "done" ? int(0, 10) : null,
      createdAt: AT(addDays(date, -1), 18),
      updatedAt: AT(date, 20),
    };
  });

  const ticks = checkins
    .filter(() => random() < 0.5)
    .map((c) => ({
      date: c.date,
      anchor: "wake" as const,
      time: `0${int(6, 9)}:${String(int(10, 59))}`,
    }));
  const shares = Array.from({ length: 20 }, (_, i) => ({
    id: `share-${i}`,
    energy: pick(["low", "some", "okay"] as const),
    contact: "Texts welcome",
    message: random() < 0.5 ? words(120) : null,
    showSteps: random() < 0.5,
    createdAt: AT(dayOf(i * 100), 12),
    updatedAt: AT(dayOf(i * 100), 12),
    expiresAt: AT(dayOf(i * 100 + 7), 12),
    revokedAt: random() < 0.3 ? AT(dayOf(i * 100 + 2), 12) : null,
  }));

  return exportDocumentSchema.parse({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: "2026-11-29T12:00:00.000Z",
    account: { username: "ten-years", createdAt: AT(start, 8) },
    checkins,
    assessments: [...assessments, ...ucla].sort((a, b) => a.takenAt.localeCompare(b.takenAt)),
    safetyPlan: {
      warningSigns: ["Not answering messages", "Staying in bed past noon"],
      copingAlone: ["Shower", "Walk round the block"],
      distractions: ["Café on the corner"],
      peopleToAsk: ["Jo", "Ana"],
      professionals: ["Dr Lee, 0123 456"],
      saferSurroundings: ["Give the pills to Jo"],
      reasonsForLiving: ["My cat", "Jo's kids"],
      updatedAt: AT(dayOf(30), 20),
    },
    thoughts,
    activities,
    hiddenActivities: catalogue.slice(0, 5).map((a) => a.id),
    plans,
    routine: { targets: [{ anchor: "wake", target: "07:30" }], ticks },
    people,
    shares,
    calendarFeed: { createdAt: AT(dayOf(200), 12) },
  });
}
