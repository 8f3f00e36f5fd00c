import { addDays, localDateOf } from "../../core/dates/local-date.js";
import { planListSchema } from "../../core/plan/plan-api.schema.js";
import { nudgesDue, type TimedStep } from "../../core/reminders/due-nudges.js";
import type { ReminderSettings } from "../../core/reminders/reminder-settings.schema.js";
import { requestJson } from "../api/client.js";
import { api } from "../api/reconnect.js";
import { notificationAccess } from "./notification-access.js";
import { showNotification } from "./notifications.js";
import { REMINDERS_CHANGED } from "./reminder-events.js";
import { remindersApi } from "./reminders-api.js";

/** How often the clock is looked at: a nudge comes at most this late. */
const TICK_MS = 30_000;
/** How often settings and today's steps are read again, in case they changed elsewhere. */
const REFRESH_MS = 10 * 60_000;

async function timedSteps(now: Date): Promise<TimedStep[]> {
  const today = localDateOf(now);
  const list = await requestJson(
    "GET",
    `/api/plans?from=${today}&to=${addDays(today, 1)}`,
    planListSchema,
  );
  return list.plans.flatMap((plan) =>
    plan.status === "planned" && plan.time !== null
      ? [{ id: plan.id, title: plan.activity?.title ?? "A step", date: plan.date, time: plan.time }]
      : [],
  );
}

/** Whether today already has a check-in: then its nudge has nothing left to offer. */
async function checkedInToday(now: Date): Promise<boolean> {
  const today = localDateOf(now);
  return (await api.checkins(today, today)).length > 0;
}

/**
 * Watches the clock while Reconnect is open and shows the nudges the person chose, as
 * notifications they allowed. Nothing leaves this page but reads from the person's own server.
 * Returns the function that stops it (on sign-out).
 */
export function startReminderNotifier(): () => void {
  let settings: ReminderSettings | undefined;
  let steps: TimedStep[] = [];
  let loadedAt = Number.NEGATIVE_INFINITY;
  let since = new Date();
  let busy = false;
  let stopped = false;
  const shown = new Set<string>();

  async function refresh(now: Date) {
    try {
      settings = await remindersApi.get();
      steps = settings.steps.on ? await timedSteps(now) : [];
      loadedAt = now.getTime();
    } catch {
      // Offline or signed out: keep what was known and try again at the next look.
    }
  }

  async function tick() {
    if (busy || stopped || notificationAccess() !== "granted") return;
    busy = true;
    try {
      const now = new Date();
      if (now.getTime() - loadedAt >= REFRESH_MS) await refresh(now);
      if (stopped || settings === undefined) return;
      const due = nudgesDue(settings, steps, since, now).filter((n) => !shown.has(n.key));
      since = now;
      for (const nudge of due) {
        shown.add(nudge.key);
        if (nudge.kind === "checkin" && (await checkedInToday(now).catch(() => false))) continue;
        if (!stopped) await showNotification(nudge.kind, nudge.key, nudge.title, nudge.body);
      }
    } finally {
      busy = false;
    }
  }

  const changed = () => {
    loadedAt = Number.NEGATIVE_INFINITY;
    void tick();
  };
  window.addEventListener(REMINDERS_CHANGED, changed);
  const timer = window.setInterval(() => void tick(), TICK_MS);
  void tick();
  return () => {
    stopped = true;
    window.clearInterval(timer);
    window.removeEventListener(REMINDERS_CHANGED, changed);
  };
}
