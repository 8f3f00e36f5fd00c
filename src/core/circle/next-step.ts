import { daysBetween, type LocalDate } from "../dates/local-date.js";
import { energyValue, type OneTapEnergy } from "../plan/energy.js";
import { isolated } from "../text/isolated.js";
import {
  type CheckinConnections,
  lastConnectedByPerson,
  type PlanWithPerson,
} from "./last-connected.js";
import type { ContactPreference, Person } from "./person.schema.js";

/** The ladder of ways to reach out, from least to most effort. */
export const connectionSteps = ["react", "message", "voice-note", "call", "meet-up"] as const;
export type ConnectionStep = (typeof connectionSteps)[number];

export interface StepInfo {
  readonly label: string;
  /** The lowest energy (0–10) at which this step is offered. */
  readonly minEnergy: number;
}

export const stepInfo = {
  react: { label: "React to something they posted", minEnergy: 0 },
  message: { label: "Send a short message", minEnergy: 2 },
  "voice-note": { label: "Send a voice note", minEnergy: 4 },
  call: { label: "Give them a call", minEnergy: 5 },
  "meet-up": { label: "Meet up for something easy", minEnergy: 7 },
} as const satisfies Record<ConnectionStep, StepInfo>;

/**
 * The rung each preference points at. "any" stops at a call: meeting up is offered only when
 * someone has said in-person is how they like it, because it asks the most of a tired day.
 */
const preferredStep = {
  message: "message",
  "voice-note": "voice-note",
  call: "call",
  video: "call",
  "in-person": "meet-up",
  any: "call",
} as const satisfies Record<ContactPreference, ConnectionStep>;

export interface PersonStatus {
  readonly person: Person;
  /** null when no connection has been noted yet. */
  readonly lastConnected: LocalDate | null;
  readonly daysSince: number | null;
  /** More days have passed than you wanted; never true without a noted connection to count from. */
  readonly overdue: boolean;
}

export interface CircleHistory {
  readonly checkins: readonly CheckinConnections[];
  readonly planned: readonly PlanWithPerson[];
}

/** When you last connected with each person, and whether it has been longer than you wanted. */
export function circleStatus(
  people: readonly Person[],
  history: CircleHistory,
  today: LocalDate,
): PersonStatus[] {
  const latest = lastConnectedByPerson(people, history.checkins, history.planned, today);
  return people.map((person) => {
    const lastConnected = latest.get(person.id) ?? null;
    const daysSince = lastConnected === null ? null : daysBetween(lastConnected, today);
    return {
      person,
      lastConnected,
      daysSince,
      overdue: daysSince !== null && daysSince > person.wantedEveryDays,
    };
  });
}

/**
 * The overdue people, the one furthest past their wished-for gap first (as a share of that gap,
 * so a weekly friend at 14 days comes before a monthly one at 35), then by name for stable order.
 */
export function overduePeople(statuses: readonly PersonStatus[]): PersonStatus[] {
  const stretch = (s: PersonStatus) => (s.daysSince ?? 0) / s.person.wantedEveryDays;
  return statuses
    .filter((s) => s.overdue)
    .sort(
      (a, b) =>
        stretch(b) - stretch(a) ||
        a.person.name.localeCompare(b.person.name) ||
        a.person.id.localeCompare(b.person.id),
    );
}

export interface NextStep {
  readonly step: ConnectionStep;
  readonly label: string;
  /** One rung down the ladder, for when even this feels like too much; null at the bottom. */
  readonly smaller: ConnectionStep | null;
  readonly reason: string;
}

const preferenceWords = {
  message: "messages",
  "voice-note": "voice notes",
  call: "calls",
  video: "video calls",
  "in-person": "seeing you in person",
  any: "hearing from you any way",
} as const satisfies Record<ContactPreference, string>;

/**
 * A gentle next step toward one person: the rung they like best if today's energy reaches it,
 * otherwise the biggest rung below it that today's energy does reach.
 */
export function nextStep(
  person: Pick<Person, "name" | "contactPreference">,
  energy: number | OneTapEnergy | undefined | null,
): NextStep {
  const value = energyValue(energy);
  const preferred = preferredStep[person.contactPreference];
  const top = connectionSteps.indexOf(preferred);
  let index = 0;
  for (let i = 0; i <= top; i++) {
    const step = connectionSteps[i];
    if (step !== undefined && stepInfo[step].minEnergy <= value) index = i;
  }
  const step = connectionSteps[index] ?? "react";
  const smaller = index > 0 ? (connectionSteps[index - 1] ?? null) : null;
  // The reason is shown as it is, the person's name inside the app's own words.
  const name = isolated(person.name);
  const reason =
    index === top
      ? `${name} likes ${preferenceWords[person.contactPreference]}, and this fits today.`
      : `${name} likes ${preferenceWords[person.contactPreference]}; this lighter step fits today's energy, and it still counts.`;
  return { step, label: stepInfo[step].label, smaller, reason };
}
