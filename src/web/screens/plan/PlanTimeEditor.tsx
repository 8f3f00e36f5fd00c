import { type FormEvent, useState } from "react";
import type { PlanView } from "../../../core/plan/plan-api.schema.js";
import { isolated } from "../../../core/text/isolated.js";
import { messageOf } from "../../api/client.js";
import { FormProblem } from "../../components/FormProblem.js";
import { useFocusAfterRender } from "../../components/useFocusAfterRender.js";
import { dayInSentence } from "./day-label.js";
import { planApi } from "./plan-api.js";
import { actionOn } from "./step-words.js";

/**
 * What the status line says once a step's time is saved: plain, and about the step. A step the
 * person wrote is isolated, so its own direction controls stay inside it.
 */
export function timeSavedWords(plan: PlanView, title: string, today: string): string {
  const day = dayInSentence(plan.date, today);
  return plan.time === null
    ? `${isolated(title)} is now sometime ${day}, with no set time.`
    : `${isolated(title)} is now at ${plan.time} ${day}.`;
}

/**
 * Gives a planned step a time, or changes or clears it, after it is in the week: a step planned
 * from a thought record has none, and without one its reminder can never go off.
 */
export function PlanTimeEditor({
  plan,
  title,
  today,
  onSaved,
}: {
  plan: PlanView;
  title: string;
  today: string;
  onSaved: (words: string) => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const [time, setTime] = useState("");
  const [problem, setProblem] = useState("");
  const focusAfterRender = useFocusAfterRender();
  const toggleId = `plan-${plan.id}-time-toggle`;
  const inputId = `plan-${plan.id}-time`;
  const action = plan.time === null ? "Add a time" : "Change time";

  function close() {
    setOpen(false);
    setProblem("");
    // The form is gone; the keyboard goes back to the button that opened it.
    focusAfterRender(toggleId);
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const saved = await planApi.setTime(plan.id, time === "" ? null : time);
      await onSaved(timeSavedWords(saved, title, today));
      close();
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  if (!open) {
    return (
      <button
        type="button"
        className="secondary plan-time-toggle"
        id={toggleId}
        aria-label={actionOn(action, title)}
        onClick={() => {
          setTime(plan.time ?? "");
          setOpen(true);
          focusAfterRender(inputId);
        }}
      >
        {action}
      </button>
    );
  }
  return (
    <form className="plan-time-form" onSubmit={save} aria-label={`Time for ${title}`}>
      <div className="field">
        <label htmlFor={inputId}>What time? (leave empty for sometime that day)</label>
        <input id={inputId} type="time" value={time} onChange={(e) => setTime(e.target.value)} />
      </div>
      <FormProblem message={problem} />
      <div className="step-actions">
        <button type="submit" className="primary" aria-label={`Save time: ${title}`}>
          Save
        </button>
        <button type="button" className="secondary" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
