import { type FormEvent, useId, useLayoutEffect, useRef, useState } from "react";
import { addDays } from "../../../core/dates/local-date.js";
import type { ActivityView, PlanView } from "../../../core/plan/plan-api.schema.js";
import { messageOf } from "../../api/client.js";
import { FormProblem } from "../../components/FormProblem.js";
import { useOneAtATime } from "../../components/useOneAtATime.js";
import { dayLabel } from "./day-label.js";
import { planApi } from "./plan-api.js";
import { ZeroToTen } from "./ZeroToTen.js";

/** What the plan form needs of an activity: an idea, a smaller step, one of the person's own. */
export type Pickable = Pick<ActivityView, "id" | "title" | "firstStep">;

/** Plans one activity: which day, what time, and a guess of how much it will be enjoyed. */
export function PlanForm({
  activity,
  today,
  onCancel,
  onPlanned,
}: {
  activity: Pickable;
  today: string;
  onCancel: () => void;
  onPlanned: (plan: PlanView) => Promise<void>;
}) {
  const [date, setDate] = useState(today);
  const [time, setTime] = useState("");
  const [predicted, setPredicted] = useState<number | undefined>(undefined);
  const [problem, setProblem] = useState("");
  // On a slow connection a second tap on "Add to my plan" would plan the same step twice.
  const adding = useOneAtATime();
  const days = Array.from({ length: 7 }, (_, i) => addDays(today, i));
  const heading = useRef<HTMLHeadingElement>(null);
  const guessId = `${useId()}-guess`;

  // The form opens under today's ideas whichever button asked for it (an idea, "something
  // smaller" in the week, an activity far down the list), so focus goes to it.
  useLayoutEffect(() => {
    heading.current?.focus();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (adding.running()) return;
    if (predicted === undefined) {
      setProblem("Pick a guess from 0 to 10. Any guess is fine.");
      // To the guess itself, not left on the button below it: the next arrow key answers it,
      // with no trip back up the form (on a phone, up past what can be seen) to find it.
      document.getElementById(guessId)?.focus();
      return;
    }
    await adding.run(async () => {
      try {
        const plan = await planApi.createPlan({
          activityId: activity.id,
          date,
          time: time === "" ? null : time,
          predictedEnjoyment: predicted,
        });
        await onPlanned(plan);
      } catch (error) {
        setProblem(messageOf(error));
      }
    });
  }

  return (
    <form className="card plan-form" onSubmit={submit} aria-labelledby="plan-form-heading">
      <h3 id="plan-form-heading" tabIndex={-1} ref={heading}>
        Plan: {activity.title}
      </h3>
      <div className="field">
        <label htmlFor="plan-day">Which day?</label>
        <select id="plan-day" value={date} onChange={(e) => setDate(e.target.value)}>
          {days.map((d) => (
            <option key={d} value={d}>
              {dayLabel(d, today)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="plan-time">What time? (leave empty for sometime that day)</label>
        <input id="plan-time" type="time" value={time} onChange={(e) => setTime(e.target.value)} />
      </div>
      <ZeroToTen
        name="predicted"
        legend="How much do you think you'll enjoy it?"
        low="not at all"
        high="very much"
        value={predicted}
        onChange={setPredicted}
        why="Needed: a guess helps you see later how things really felt. Any guess is fine."
        firstRadioId={guessId}
      />
      <FormProblem message={problem} />
      <div className="step-actions">
        <button type="submit" className="primary">
          {adding.busy ? "Adding…" : "Add to my plan"}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Not now
        </button>
      </div>
    </form>
  );
}
