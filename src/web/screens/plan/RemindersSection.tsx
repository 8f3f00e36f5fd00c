import { type FormEvent, useEffect, useState } from "react";
import {
  anyReminderOn,
  defaultReminderSettings,
  type ReminderSettings,
} from "../../../core/reminders/reminder-settings.schema.js";
import { messageOf } from "../../api/client.js";
import { FormProblem } from "../../components/FormProblem.js";
import {
  type NotificationAccess,
  notificationAccess,
} from "../../reminders/notification-access.js";
import { askForNotifications } from "../../reminders/notifications.js";
import { remindersApi } from "../../reminders/reminders-api.js";

/** How early a step's nudge may come, in words a person picks from rather than types. */
const BEFORE_CHOICES: [number, string][] = [
  [0, "When it starts"],
  [5, "5 minutes before"],
  [10, "10 minutes before"],
  [15, "15 minutes before"],
  [30, "30 minutes before"],
  [60, "An hour before"],
  [120, "Two hours before"],
];

/** Where notifications stand, said plainly; the calendar link works whatever the browser says. */
function accessNote(access: NotificationAccess): string {
  switch (access) {
    case "granted":
      return "They also come as notifications on this device while Reconnect is open.";
    case "denied":
      return "This browser isn't showing notifications from Reconnect, so reminders come through your calendar link only. You can allow notifications in the browser's settings for this site.";
    case "unsupported":
      return "This browser can't show notifications, so reminders come through your calendar link only.";
    default:
      return "";
  }
}

/**
 * Reminders the person chooses, all off until they do: a daily check-in nudge at a time of their
 * own, and a nudge before each planned step. Notifications are asked for only when one is turned
 * on, from the press of Save.
 */
export function RemindersSection() {
  const [loaded, setLoaded] = useState(false);
  const [daily, setDaily] = useState(false);
  const [time, setTime] = useState("20:00");
  const [steps, setSteps] = useState<ReminderSettings["steps"]>(defaultReminderSettings.steps);
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState("");

  useEffect(() => {
    remindersApi.get().then(
      (settings) => {
        setDaily(settings.checkinTime !== null);
        if (settings.checkinTime !== null) setTime(settings.checkinTime);
        setSteps(settings.steps);
        setLoaded(true);
      },
      (error: unknown) => setProblem(messageOf(error)),
    );
  }, []);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem("");
    setStatus("");
    if (daily && time === "") {
      setProblem("Please choose a time for the daily check-in nudge, or turn it off.");
      return;
    }
    const settings: ReminderSettings = { checkinTime: daily ? time : null, steps };
    const on = anyReminderOn(settings);
    // Asked now, while the press of Save still counts as the person's own act, but not waited
    // on: a prompt left unanswered (dismissed, or never drawn) must not keep the times unsaved.
    const asked = on ? askForNotifications() : Promise.resolve(notificationAccess());
    let answered: NotificationAccess | undefined;
    void asked.then((access) => {
      answered = access;
    });
    try {
      await remindersApi.save(settings);
    } catch (error) {
      setProblem(messageOf(error));
      return;
    }
    if (!on) {
      setStatus("Reminders are off. Nothing will nudge you.");
      return;
    }
    // Said in one go when the browser has answered by now (the usual case); otherwise the save
    // is said at once and what the browser will show once it answers, whenever that is.
    if (answered === undefined) {
      setStatus("Reminders saved.");
      answered = await asked;
    }
    setStatus(`Reminders saved. ${accessNote(answered)}`.trim());
  }

  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders</h2>
      <p>
        Only if you'd like them. They come through your private calendar link below, and as
        notifications while Reconnect is open. They never count days.
      </p>
      <form className="stack" onSubmit={save} noValidate inert={!loaded} aria-busy={!loaded}>
        <div className="field">
          <label className="check">
            <input
              id="reminder-daily"
              type="checkbox"
              checked={daily}
              onChange={(e) => setDaily(e.target.checked)}
            />
            A daily check-in nudge
          </label>
        </div>
        {daily ? (
          <div className="field">
            <label htmlFor="reminder-time">At what time?</label>
            <input
              id="reminder-time"
              type="time"
              required
              value={time}
              onChange={(e) => setTime(e.target.value)}
            />
          </div>
        ) : null}
        <div className="field">
          <label className="check">
            <input
              id="reminder-steps"
              type="checkbox"
              checked={steps.on}
              onChange={(e) => setSteps({ ...steps, on: e.target.checked })}
            />
            A nudge before each step I plan for a time
          </label>
        </div>
        {steps.on ? (
          <div className="field">
            <label htmlFor="reminder-before">How early?</label>
            <select
              id="reminder-before"
              value={steps.minutesBefore}
              onChange={(e) => setSteps({ ...steps, minutesBefore: Number(e.target.value) })}
            >
              {BEFORE_CHOICES.map(([minutes, label]) => (
                <option key={minutes} value={minutes}>
                  {label}
                </option>
              ))}
              {BEFORE_CHOICES.some(([m]) => m === steps.minutesBefore) ? null : (
                <option value={steps.minutesBefore}>{steps.minutesBefore} minutes before</option>
              )}
            </select>
          </div>
        ) : null}
        <div className="step-actions">
          <button type="submit" className="secondary">
            Save reminders
          </button>
        </div>
      </form>
      <p role="status" className="hint">
        {status}
      </p>
      <FormProblem message={problem} />
    </section>
  );
}
