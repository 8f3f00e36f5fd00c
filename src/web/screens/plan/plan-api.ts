import { peopleListSchema, personViewSchema } from "../../../core/circle/circle-api.schema.js";
import type { PersonInput } from "../../../core/circle/person.schema.js";
import type {
  ActivityInput,
  PlannedActivityInput,
  PlanOutcome,
} from "../../../core/plan/activity.schema.js";
import {
  activityListSchema,
  activityViewSchema,
  calendarFeedSchema,
  calendarFeedUrlSchema,
  dayTicksSchema,
  forecastSchema,
  planListSchema,
  planViewSchema,
  rhythmWeekSchema,
  routineSchema,
  suggestionsSchema,
} from "../../../core/plan/plan-api.schema.js";
import type { AnchorTarget, RoutineAnchor } from "../../../core/plan/rhythm.js";
import { requestJson, requestNoContent } from "../../api/client.js";
import { REMINDERS_CHANGED } from "../../reminders/reminder-events.js";

// Kept beside the screens rather than in api/reconnect.ts so it loads with the lazy Plan and
// Circle chunks and adds nothing to the check-in screen's script.
export const planApi = {
  suggestions: (energy: number | null) =>
    requestJson(
      "GET",
      energy === null ? "/api/suggestions" : `/api/suggestions?energy=${energy}`,
      suggestionsSchema,
    ),
  // Hidden ones too: the Plan screen lists them so they can be brought back.
  activities: () => requestJson("GET", "/api/activities?include=hidden", activityListSchema),
  addActivity: (input: ActivityInput) =>
    requestJson("POST", "/api/activities", activityViewSchema, { body: input }),
  editActivity: (id: string, input: ActivityInput) =>
    requestJson("PATCH", `/api/activities/${encodeURIComponent(id)}`, activityViewSchema, {
      body: input,
    }),
  setActivityHidden: (id: string, hidden: boolean) =>
    requestJson("PATCH", `/api/activities/${encodeURIComponent(id)}`, activityViewSchema, {
      body: { hidden },
    }),
  plans: () => requestJson("GET", "/api/plans", planListSchema),
  createPlan: (input: PlannedActivityInput) =>
    requestJson("POST", "/api/plans", planViewSchema, { body: input }),
  setOutcome: (id: string, outcome: PlanOutcome) =>
    requestJson("PATCH", `/api/plans/${encodeURIComponent(id)}`, planViewSchema, { body: outcome }),
  setTime: async (id: string, time: string | null) => {
    const saved = await requestJson(
      "PATCH",
      `/api/plans/${encodeURIComponent(id)}`,
      planViewSchema,
      {
        body: { time },
      },
    );
    // A running reminder notifier reads today's steps again, so the new time counts at once.
    window.dispatchEvent(new Event(REMINDERS_CHANGED));
    return saved;
  },
  removePlan: (id: string) => requestNoContent("DELETE", `/api/plans/${encodeURIComponent(id)}`),
  forecast: () => requestJson("GET", "/api/plans/forecast", forecastSchema),
  routine: () => requestJson("GET", "/api/routine", routineSchema),
  saveRoutine: (anchors: AnchorTarget[]) =>
    requestJson("PUT", "/api/routine", routineSchema, { body: { anchors } }),
  tick: (date: string, anchor: RoutineAnchor, time: string | null) =>
    requestJson("PUT", `/api/routine/ticks/${date}`, dayTicksSchema, { body: { anchor, time } }),
  week: (start: string) => requestJson("GET", `/api/routine/week?start=${start}`, rhythmWeekSchema),
  feed: () => requestJson("GET", "/api/calendar/feed", calendarFeedSchema),
  newFeed: () => requestJson("POST", "/api/calendar/feed", calendarFeedUrlSchema),
  revokeFeed: () => requestNoContent("DELETE", "/api/calendar/feed"),
  people: (energy: number | null) =>
    requestJson(
      "GET",
      energy === null ? "/api/people" : `/api/people?energy=${energy}`,
      peopleListSchema,
    ),
  addPerson: (input: PersonInput) =>
    requestJson("POST", "/api/people", personViewSchema, { body: input }),
  editPerson: (id: string, input: PersonInput) =>
    requestJson("PATCH", `/api/people/${encodeURIComponent(id)}`, personViewSchema, {
      body: input,
    }),
  removePerson: (id: string) => requestNoContent("DELETE", `/api/people/${encodeURIComponent(id)}`),
};
