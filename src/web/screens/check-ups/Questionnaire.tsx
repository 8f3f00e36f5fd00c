import { type FormEvent, useCallback, useId, useRef, useState } from "react";
import type { InstrumentId } from "../../../core/assessments/assessment.schema.js";
import type { AssessmentRecord } from "../../../core/assessments/assessment-record.schema.js";
import { scorePhq9 } from "../../../core/assessments/phq9.js";
import { ApiRequestError, messageOf } from "../../api/client.js";
import { safetyApi } from "../../api/safety.js";
import { FormProblem } from "../../components/FormProblem.js";
import { instruments } from "./meaning.js";
import { SafetyFirst } from "./SafetyFirst.js";

interface QuestionnaireProps {
  instrument: InstrumentId;
  onDone: (record: AssessmentRecord) => void;
}

interface Step {
  question: string;
  choices: readonly { value: number; label: string }[];
  progress: string;
  optional: boolean;
}

function stepsOf(instrument: InstrumentId): Step[] {
  const definition = instruments[instrument];
  const steps: Step[] = definition.items.map((question, index) => ({
    question,
    choices: definition.choices,
    progress: `Question ${index + 1} of ${definition.items.length}`,
    optional: false,
  }));
  if (instrument === "phq9") {
    const { followUp } = instruments.phq9;
    steps.push({
      question: followUp.question,
      choices: followUp.choices,
      progress: "One last question, which you can skip",
      optional: true,
    });
  }
  return steps;
}

/**
 * One question at a time, as native radio buttons (arrow keys and screen readers work as usual),
 * with Back and Next. Choosing an answer never moves on by itself: with arrow keys each press
 * would otherwise skip a question.
 *
 * A PHQ-9 whose item 9 is above "Not at all" puts the safety-first view on screen the moment it
 * is sent, decided here from the answers themselves: help must not wait for a save that may be
 * slow or may fail.
 */
export function Questionnaire({ instrument, onDone }: QuestionnaireProps) {
  const definition = instruments[instrument];
  const steps = stepsOf(instrument);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<(number | undefined)[]>(() => steps.map(() => undefined));
  const [problem, setProblem] = useState("");
  const [sending, setSending] = useState(false);
  // Once shown it stays, even if an answer is changed before saving again: help never flickers
  // away from someone who has just said they think of hurting themselves.
  const [selfHarm, setSelfHarm] = useState(false);
  const moved = useRef(false);
  const name = useId();

  // After Back or Next the new question's legend mounts (it is keyed by step) and takes focus,
  // so a screen reader reads it out. Stable, so re-renders of the same step leave focus alone.
  const focusQuestion = useCallback((legend: HTMLLegendElement | null) => {
    if (legend && moved.current) legend.focus();
  }, []);

  const step = steps[index];
  if (!step) return null;
  const chosen = answers[index];
  const last = index === steps.length - 1;

  function go(to: number) {
    moved.current = true;
    setProblem("");
    setIndex(to);
  }

  async function submit() {
    const scored = answers.slice(0, definition.items.length);
    const complete = scored.filter((answer): answer is number => answer !== undefined);
    const missing = scored.indexOf(undefined);
    if (missing !== -1 || complete.length !== definition.items.length) {
      go(Math.max(missing, 0));
      return;
    }
    const difficulty = answers[definition.items.length];
    // The same rule the server scores by, so the browser and the saved record always agree.
    if (instrument === "phq9" && scorePhq9(complete).flags.selfHarm) setSelfHarm(true);
    setSending(true);
    setProblem("");
    try {
      const record = await safetyApi.takeAssessment(
        instrument === "phq9"
          ? { instrument, answers: complete, ...(difficulty === undefined ? {} : { difficulty }) }
          : { instrument, answers: complete },
      );
      onDone(record);
    } catch (error) {
      // The answers, and the safety-first view above them, stay as they are, so trying again
      // costs one press and help stays on screen whatever the save does.
      setProblem(
        error instanceof ApiRequestError && error.status === 401
          ? "Your sign-in has ended, so this was not saved yet. Your answers are still here: sign in again in another tab, then press the button again."
          : messageOf(error),
      );
    } finally {
      setSending(false);
    }
  }

  function next(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    if (chosen === undefined && !step?.optional) {
      setProblem("Pick the answer that fits best, then press Next.");
      return;
    }
    if (last) void submit();
    else go(index + 1);
  }

  return (
    <>
      {selfHarm ? <SafetyFirst /> : null}
      <form className="questionnaire" noValidate onSubmit={next}>
        <p className="hint">{definition.frame}</p>
        <fieldset className="question">
          {/* Focus lands on the legend after a move, so the new question is read out first. */}
          <legend key={index} tabIndex={-1} ref={focusQuestion}>
            <span className="question-progress">{step.progress}</span>
            <span className="visually-hidden">: </span>
            <span className="question-text">{step.question}</span>
          </legend>
          <div className="choices">
            {step.choices.map((choice) => (
              <label key={choice.value} className="choice">
                <input
                  type="radio"
                  name={`${name}-${index}`}
                  value={choice.value}
                  checked={chosen === choice.value}
                  onChange={() => {
                    setProblem("");
                    setAnswers(answers.map((answer, i) => (i === index ? choice.value : answer)));
                  }}
                />
                <span className="choice-text">{choice.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <FormProblem message={problem} />
        <div className="question-nav">
          {index > 0 ? (
            <button type="button" className="secondary" onClick={() => go(index - 1)}>
              Back
            </button>
          ) : null}
          <button type="submit" className="primary">
            {sending ? "Saving…" : last ? "See my result" : "Next"}
          </button>
        </div>
        {/* Drawn for the eye only: the words above already say where the person is. */}
        <progress
          className="question-bar"
          max={steps.length}
          value={index + 1}
          aria-hidden="true"
        />
      </form>
    </>
  );
}
