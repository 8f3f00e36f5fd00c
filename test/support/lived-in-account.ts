import { addDays, type LocalDate } from "../../src/core/dates/local-date.js";
import { seedCircleMonths } from "./circle-months.js";
import { sendAs } from "./four-months.js";
import { seedThoughtRecords } from "./thought-months.js";

/** Someone whose name and how they are known run long, as real ones do. */
export const LONG_NAMED = {
  name: "Margaret-Elizabeth Fitzwilliam-Oyelaran",
  relationship: "grandmother on my dad's side, lives in Aberystwyth",
} as const;

/**
 * Seeds, through the HTTP API, every screen of a person four months in: check-ins linked to a
 * circle of five (one with a long name), the thought records they keep coming back to, PHQ-9s and
 * a loneliness check-up, an own activity and a week of planned steps, routine anchors, a full
 * safety plan with phone numbers and a long web address, and a share card. `cookie` is a
 * signed-in session's `name=value`.
 */
export async function seedLivedInAccount(
  baseUrl: string,
  cookie: string,
  today: LocalDate,
): Promise<void> {
  const send = sendAs(baseUrl, cookie);
  const ids = await seedCircleMonths(baseUrl, cookie, today);
  await send("POST", "/api/people", {
    ...LONG_NAMED,
    contactPreference: "call",
    wantedEveryDays: 14,
  });
  await seedThoughtRecords(baseUrl, cookie);
  for (const answers of [
    [2, 2, 1, 2, 1, 1, 1, 0, 0],
    [1, 2, 1, 1, 1, 1, 1, 0, 0],
  ]) {
    await send("POST", "/api/assessments", { instrument: "phq9", answers, difficulty: 1 });
  }
  await send("POST", "/api/assessments", { instrument: "ucla3", answers: [2, 1, 2] });
  const own = (await send("POST", "/api/activities", {
    title: "Water the balcony tomatoes and sit out with a cup of tea",
    area: "body-routine",
    effort: "tiny",
    minutes: 5,
    social: false,
    firstStep: "Fill the watering can",
  })) as { id: string };
  const planned = [
    { day: -1, activityId: "send-one-message", time: null, personId: ids.Jo },
    { day: 0, activityId: "send-one-message", time: "09:15", personId: ids.Mum },
    { day: 0, activityId: own.id, time: null },
    { day: 1, activityId: "share-a-song", time: "18:30" },
    { day: 2, activityId: "say-hello-nearby", time: null },
    { day: 4, activityId: own.id, time: "07:45" },
  ];
  for (const { day, ...plan } of planned) {
    await send("POST", "/api/plans", { ...plan, date: addDays(today, day), predictedEnjoyment: 5 });
  }
  await send("PUT", "/api/routine", {
    anchors: [
      { anchor: "wake", target: "07:30" },
      { anchor: "first-meal", target: "08:30" },
      { anchor: "bed", target: "23:00" },
    ],
  });
  await send("PUT", "/api/safety-plan", {
    warningSigns: [
      "I stop answering messages and leave the phone face down",
      "Sleeping past noon three days running",
    ],
    copingAlone: ["Cold water on my face, then a slow walk round the block"],
    distractions: ["The café on Wellington Street", "Ring Jo and talk about anything but this"],
    peopleToAsk: ["My sister Lena, 07700 900456", "Jo, 07700 900123"],
    professionals: [
      "Dr Okonkwo-Ashworth at the Riverside practice, 0161 496 0000",
      "Community team: https://www.example-nhs-trust.nhs.uk/services/community-mental-health-team-east",
    ],
    saferSurroundings: ["Give the spare tablets to Lena to keep"],
    reasonsForLiving: ["Biscuit the cat", "Seeing my niece grow up"],
  });
  await send("POST", "/api/shares", {
    energy: "low",
    contact: "Texts welcome, no need to reply fast",
    message: "Having a rough patch. A short text means a lot, even if I'm slow to answer.",
    label: "Lena",
  });
}

/** The three more people of a settled account: a circle of eight, as a person four months in keeps. */
const MORE_PEOPLE = [
  { name: "Tomasz", relationship: "from the Tuesday walking group", contactPreference: "message" },
  { name: "Aunt Bea", relationship: "", contactPreference: "call" },
  { name: "Sunita", relationship: "old flatmate", contactPreference: "any" },
] as const;

/** Nine more planned steps, so the fortnight around today holds fifteen. */
const MORE_PLANS = [
  { day: -3, activityId: "look-at-the-sky", time: null },
  { day: -2, activityId: "make-a-warm-drink", time: "16:00" },
  { day: 0, activityId: "listen-to-a-favourite-song", time: "20:00" },
  { day: 1, activityId: "short-phone-call", time: "12:30" },
  { day: 2, activityId: "thank-someone", time: null },
  { day: 3, activityId: "walk-with-someone", time: "10:00" },
  { day: 5, activityId: "write-a-card", time: null },
  { day: 6, activityId: "coffee-with-a-friend", time: "11:00" },
  { day: 6, activityId: "watch-a-funny-clip", time: null },
] as const;

/**
 * A lived-in account (above) grown to what a settled person keeps: a circle of eight, fifteen
 * planned steps around today, and both reminders on. What the share, plan and circle screens
 * are measured with: their layout is decided by how much there is to lay out.
 */
export async function seedSettledAccount(
  baseUrl: string,
  cookie: string,
  today: LocalDate,
): Promise<void> {
  await seedLivedInAccount(baseUrl, cookie, today);
  const send = sendAs(baseUrl, cookie);
  for (const person of MORE_PEOPLE) {
    await send("POST", "/api/people", { ...person, wantedEveryDays: 10 });
  }
  for (const { day, ...plan } of MORE_PLANS) {
    await send("POST", "/api/plans", { ...plan, date: addDays(today, day), predictedEnjoyment: 4 });
  }
  await send("PUT", "/api/reminders", {
    checkinTime: "20:30",
    steps: { on: true, minutesBefore: 15 },
  });
}
