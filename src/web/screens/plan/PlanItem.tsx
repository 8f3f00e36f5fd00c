import { type FormEvent, useState } from "react";
import { firstStepBeyondTitle } from "../../../core/plan/first-step.js";
import type { ActivityView, PlanView } from "../../../core/plan/plan-api.schema.js";
import { isolatedWithFullStop } from "../../../core/text/full-stop.js";
import { messageOf } from "../../api/client.js";
import { FormProblem } from "../../components/FormProblem.js";
import { useFocusAfterRender } from "../../components/useFocusAfterRender.js";
import { useOneAtATime } from "../../components/useOneAtATime.js";
import { dayLabel } from "./day-label.js";
import { doneWords } from "./done-words.js";
import type { Pickable } from "./PlanForm.js";
import { PlanTimeEditor } from "./PlanTimeEditor.js";
import { planApi } from "./plan-api.js";
import { actionOn, outcomeWords } from "./step-words.js";
import { ZeroToTen } from "./ZeroToTen.js";

export const planHeadingId = (plan: Pick<PlanView, "id">) => `plan-${plan.id}-heading`;
const didItId = (plan: Pick<PlanView, "id">) => `plan-${plan.id}-did-it`;

/** One step in the week: when it is, how it went, or letting it go for something smaller. */
export function PlanItem({
  plan,
  today,
  onChanged,
  onTimeSaved,
  onSaid,
  onPickSmaller,
}: {
  plan: PlanView;
  today: string;
  onChanged: () => Promise<void>;
  /** Says the new time in the status line and reads the week again. */
  onTimeSaved: (words: string) => Promise<void>;
  /**
   * Says in the status line that the step was marked done or let go. Focus goes to the step's
   * heading, which a screen reader reads alone: without these words, whether it saved was left
   * to be found by reading on.
   */
  onSaid: (words: string) => void;
  onPickSmaller: (activity: Pickable) => void;
}) {
  const [rating, setRating] = useState(false);
  const [enjoyment, setEnjoyment] = useState<number | undefined>(undefined);
  const [achievement, setAchievement] = useState<number | undefined>(undefined);
  const [smaller, setSmaller] = useState<ActivityView | null | undefined>(undefined);
  const [problem, setProblem] = useState("");
  // How it went, or letting it go: on a slow connection nothing moved after the tap, so a tired
  // thumb tapped again and sent it twice, with no word that the first was on its way.
  const saving = useOneAtATime();
  const focusAfterRender = useFocusAfterRender();
  const title = plan.activity?.title ?? "A planned step";
  const headingId = planHeadingId(plan);
  const enjoymentId = `plan-${plan.id}-enjoyment`;
  const when = `${dayLabel(plan.date, today)}${plan.time ? ` at ${plan.time}` : ", sometime that day"}`;

  async function markDone(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await saving.run(async () => {
      try {
        await planApi.setOutcome(plan.id, {
          status: "done",
          ...(enjoyment === undefined ? {} : { actualEnjoyment: enjoyment }),
          ...(achievement === undefined ? {} : { achievement }),
        });
        setRating(false);
        await onChanged();
        onSaid(outcomeWords("done", title));
        // The rating form is gone; the heading leads into what was saved.
        focusAfterRender(headingId);
      } catch (error) {
        setProblem(messageOf(error));
      }
    });
  }

  async function letGo() {
    await saving.run(async () => {
      try {
        const answer = await planApi.setOutcome(plan.id, { status: "let-go" });
        setSmaller(answer.smaller ?? null);
        onSaid(outcomeWords("let-go", title));
        // Its buttons are gone; the heading leads into the note that took their place.
        focusAfterRender(headingId);
      } catch (error) {
        setProblem(messageOf(error));
      }
    });
  }

  /**
   * A step let go by mistake, or wanted after all, goes back to planned: letting go had no way
   * back, before or after a reload, so one slip of the thumb lost the step.
   */
  async function planAgain() {
    await saving.run(async () => {
      try {
        await planApi.setOutcome(plan.id, { status: "planned" });
        await onChanged();
        setSmaller(undefined);
        onSaid(outcomeWords("planned", title));
        // The note and this button are gone; the heading leads into the step's buttons again.
        focusAfterRender(headingId);
      } catch (error) {
        setProblem(messageOf(error));
      }
    });
  }

  const letGoWords = saving.busy ? "Letting it go…" : "Let it go";
  const againWords = saving.busy ? "Planning it again…" : "Plan it again";
  const smallerFirstStep = smaller ? firstStepBeyondTitle(smaller) : null;
  const letGoNote =
    smaller !== undefined || plan.status === "let-go" ? (
      <div className="gentle-note">
        <p>That's OK. Plans are guesses, not promises, and letting one go is part of planning.</p>
        {smaller ? (
          <>
            <p>
              {/* The step's words are isolated: a title ending in a right-to-left override
                  drew ". First step:" after it backwards. */}
              Something smaller might fit better:{" "}
              <strong>
                <bdi>{smaller.title}</bdi>
              </strong>
              .
              {smallerFirstStep === null
                ? null
                : ` First step: ${isolatedWithFullStop(smallerFirstStep)}`}
            </p>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                onPickSmaller(smaller);
                void onChanged();
              }}
            >
              Plan the smaller step
            </button>
          </>
        ) : null}
      </div>
    ) : null;

  const letGone = smaller !== undefined || plan.status === "let-go";

  return (
    <li className="card">
      <h3 id={headingId} tabIndex={-1}>
        {title}
      </h3>
      <p className="hint">{when}</p>
      {plan.status === "done" ? <p>{doneWords(plan)}</p> : null}
      {plan.status === "let-go" && smaller === undefined ? <p>Let go for now.</p> : null}
      {letGoNote}
      {letGone ? (
        <div className="step-actions">
          <button
            type="button"
            className="secondary"
            aria-label={actionOn(againWords, title)}
            onClick={() => void planAgain()}
          >
            {againWords}
          </button>
        </div>
      ) : null}
      {plan.status === "planned" && smaller === undefined && !rating ? (
        <div className="step-actions">
          <button
            type="button"
            className="primary"
            id={didItId(plan)}
            aria-label={actionOn("I did it", title)}
            onClick={() => {
              setRating(true);
              focusAfterRender(enjoymentId);
            }}
          >
            I did it
          </button>
          <button
            type="button"
            className="secondary"
            aria-label={actionOn(letGoWords, title)}
            onClick={() => void letGo()}
          >
            {letGoWords}
          </button>
        </div>
      ) : null}
      {plan.status === "planned" && smaller === undefined && !rating ? (
        <PlanTimeEditor plan={plan} title={title} today={today} onSaved={onTimeSaved} />
      ) : null}
      {rating ? (
        <form onSubmit={markDone} aria-label={actionOn("How it went", title)}>
          <ZeroToTen
            name={`enjoyment-${plan.id}`}
            legend="How much did you enjoy it?"
            low="not at all"
            high="very much"
            value={enjoyment}
            onChange={setEnjoyment}
            firstRadioId={enjoymentId}
          />
          <ZeroToTen
            name={`achievement-${plan.id}`}
            legend="How much did it feel like an achievement?"
            low="not at all"
            high="a lot"
            value={achievement}
            onChange={setAchievement}
          />
          <div className="step-actions">
            <button type="submit" className="primary">
              {saving.busy ? "Saving…" : "Save"}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setRating(false);
                focusAfterRender(didItId(plan));
              }}
            >
              Back
            </button>
          </div>
        </form>
      ) : null}
      <FormProblem message={problem} />
    </li>
  );
}
