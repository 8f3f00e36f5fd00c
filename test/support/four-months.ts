import type { CheckinInput } from "../../src/core/checkins/checkin.schema.js";
import { addDays, type LocalDate } from "../../src/core/dates/local-date.js";
import { cycleHistory } from "./insights-history.js";

/** How many days of check-ins a person who has used Reconnect for four months has kept. */
export const FOUR_MONTHS_DAYS = 120;

/**
 * Today as such a person answers it: every question, two people, a short note. It makes the
 * check-in form as tall as it gets on an ordinary day, which is what a layout shift shows.
 */
export const TODAY_WITH_TWO_CONNECTIONS: CheckinInput = {
  mood: 6,
  energy: 5,
  enjoyment: 6,
  rumination: 3,
  burden: 2,
  sleepHours: 7,
  connections: [
    { name: "Alex", mode: "call", felt: 1 },
    { name: "Mum", mode: "message", felt: 2 },
  ],
  note: "Walked to the shop with Alex, then a long call with Mum.",
};

const PHQ9_ANSWERS = [
  [2, 2, 1, 2, 1, 1, 1, 0, 0],
  [1, 2, 1, 1, 1, 1, 1, 0, 0],
  [1, 1, 1, 1, 0, 1, 0, 0, 0],
];

const PLANNED = [
  { activityId: "send-one-message", day: 0, time: null, predictedEnjoyment: 4 },
  { activityId: "share-a-song", day: 1, time: "18:30", predictedEnjoyment: 5 },
  { activityId: "say-hello-nearby", day: 3, time: null, predictedEnjoyment: 3 },
];

/**
 * Seeds, through the HTTP API as the app would, a person who has used Reconnect for four months:
 * 120 days of check-ins ending today (today done with two connections), three PHQ-9s and a few
 * planned steps this week. `cookie` is a signed-in session's `name=value`.
 */
export async function seedFourMonths(
  baseUrl: string,
  cookie: string,
  today: LocalDate,
): Promise<void> {
  const send = sendAs(baseUrl, cookie);
  const days = cycleHistory(today, FOUR_MONTHS_DAYS);
  for (const { date, checkin } of days) {
    await send(
      "PUT",
      `/api/checkins/${date}`,
      date === today ? TODAY_WITH_TWO_CONNECTIONS : checkin,
    );
  }
  for (const answers of PHQ9_ANSWERS) {
    await send("POST", "/api/assessments", { instrument: "phq9", answers, difficulty: 1 });
  }
  for (const { activityId, day, time, predictedEnjoyment } of PLANNED) {
    await send("POST", "/api/plans", {
      activityId,
      date: addDays(today, day),
      time,
      predictedEnjoyment,
    });
  }
}

/**
 * Sends one JSON request as the signed-in person (`cookie` is `name=value`) and answers its
 * body, throwing with what the server said when it refused.
 */
export function sendAs(
  baseUrl: string,
  cookie: string,
): (method: string, path: string, body: unknown) => Promise<unknown> {
  return async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    }
    return response.status === 204 ? undefined : response.json();
  };
}

/** Makes the owner through the API and answers the session cookie (`name=value`) it was given. */
export async function createOwnerSession(
  baseUrl: string,
  credentials: { username: string; password: string },
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/setup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(credentials),
  });
  if (response.status !== 201) {
    throw new Error(`Setup answered ${response.status}: ${await response.text()}`);
  }
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (cookie === "") throw new Error("Setup set no session cookie.");
  return cookie;
}
