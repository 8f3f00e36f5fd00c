import { type FormEvent, useCallback, useId, useLayoutEffect, useRef, useState } from "react";
import type { InstrumentId } from "../../../core/assessments/assessment.schema.js";
import type { AssessmentRecord } from "../../../core/assessments/assessment-record.schema.js";
import { ApiRequestError, messageOf } from "../../api/client.js";
import { safetyApi } from "../../api/safety.js";
import { navigate } from "../../app/router.js";
import { FormProblem } from "../../components/FormProblem.js";
import { Link } from "../../components/Link.js";
import { useFocusAfterRender } from "../../components/useFocusAfterRender.js";
import { useOneAtATime } from "../../components/useOneAtATime.js";
import { DraftNotice } from "../../drafts/DraftNotice.js";
import { useDraftKey } from "../../drafts/DraftOwner.js";
import { readDraft, removeDraft, writeDraft } from "../../drafts/draft-store.js";
import { LeaveCheckup } from "./LeaveCheckup.js";
import { instruments } from "./meaning.js";
import { itemNineAboveZero, questionnaireDraftSchema, stepsOf } from "./questionnaire-draft.js";
import { SafetyFirst } from "./SafetyFirst.js";

interface QuestionnaireProps {
  instrument: InstrumentId;
  onDone: (record: AssessmentRecord) => void;
}

/** Where the person is: answering, asked whether to keep their answers, or gone with help left in view. */
type Place = "answering" | "asking" | "kept" | "let-go";

/**
 * One question at a time, as native radio buttons (arrow keys and screen readers work as usual),
 * with Back and Next. Choosing an answer never moves on by itself: with arrow keys each press
 * would otherwise skip a question.
 *
 * A PHQ-9 item 9 above "Not at all" puts the safety-first view on screen the moment it is
 * chosen, on that same question, before anything else is asked: help must not wait for the
 * optional last question, nor for a save that may be slow or may fail. It comes just below the
 * answers, never above them: coming above, it pushed the answers down under a finger about to
 * choose again, and took the arrow keys with it. Focus stays in the answers, and a status line
 * says once that help is just below.
 *
 * Answers are kept on the device as they are given, so leaving for help (a full page load to
 * /crisis) or a reload loses none; leaving by "Leave this check-up" asks what to do with them.
 */
export function Questionnaire({ instrument, onDone }: QuestionnaireProps) {
  const definition = instruments[instrument];
  const steps = stepsOf(instrument);
  const key = useDraftKey("checkup", instrument);
  // Read once, on the first render: what was kept decides where the person starts.
  const [kept] = useState(() =>
    key === null ? undefined : readDraft(key, questionnaireDraftSchema(steps)),
  );
  const [index, setIndex] = useState(kept?.index ?? 0);
  const [answers, setAnswers] = useState<(number | undefined)[]>(() =>
    kept ? kept.answers.map((answer) => answer ?? undefined) : steps.map(() => undefined),
  );
  const [restored, setRestored] = useState(kept !== undefined);
  const [problem, setProblem] = useState("");
  // One save at a time: two taps in one go, or "Save them as they are" while a save hangs,
  // would otherwise save the same check-up twice.
  const sending = useOneAtATime();
  const [place, setPlace] = useState<Place>("answering");
  // Once shown it stays, even if an answer is changed or let go: help never flickers away from
  // someone who has just said they think of hurting themselves.
  const [selfHarm, setSelfHarm] = useState(() => itemNineAboveZero(instrument, answers));
  // Help came because of an answer chosen here, not with the screen: it leaves focus where it is
  // and is said in the status line instead, until the person moves to another question.
  const [helpCameWithChoice, setHelpCameWithChoice] = useState(false);
  const [helpSaid, setHelpSaid] = useState(false);
  const moved = useRef(false);
  const question = useRef<HTMLFieldSetElement>(null);
  const sendButton = useRef<HTMLButtonElement>(null);
  const name = useId();
  const sendId = `${name}-send`;
  const focusAfter = useFocusAfterRender();

  // After Back or Next the new question's legend mounts (it is keyed by step) and takes focus,
  // so a screen reader reads it out. Stable, so re-renders of the same step leave focus alone.
  const focusQuestion = useCallback((legend: HTMLLegendElement | null) => {
    if (legend && moved.current) legend.focus();
  }, []);

  const step = steps[index];
  if (!step) return null;
  const chosen = answers[index];
  const last = index === steps.length - 1;
  const answeredCount = answers.filter((answer) => answer !== undefined).length;
  const scored = answers.slice(0, definition.items.length);
  const complete = scored.every((answer) => answer !== undefined);

  function keep(nextAnswers: (number | undefined)[], nextIndex: number) {
    if (key === null) return;
    if (nextAnswers.every((answer) => answer === undefined)) removeDraft(key);
    else writeDraft(key, { answers: nextAnswers.map((a) => a ?? null), index: nextIndex });
  }

  function go(to: number) {
    moved.current = true;
    setProblem("");
    // Said once, on the screen where help came; the next question's words come without it.
    setHelpSaid(false);
    setIndex(to);
    keep(answers, to);
  }

  function choose(value: number) {
    // Locked while a save is on its way (the fieldset is disabled from the next render; this
    // covers a tap before it): a changed answer would be neither stored nor in the result.
    if (sending.running()) return;
    setProblem("");
    const next = answers.map((answer, i) => (i === index ? value : answer));
    setAnswers(next);
    keep(next, index);
    if (itemNineAboveZero(instrument, next) && !selfHarm) {
      setSelfHarm(true);
      setHelpCameWithChoice(true);
      setHelpSaid(true);
    }
  }

  async function submit() {
    // A save is already on its way (say, "See my result" pressed, then "Save them as they are"
    // after leaving while it hung): back to the answers, where "Saving…" shows it, not sent twice.
    if (sending.running()) {
      setPlace("answering");
      return;
    }
    const given = scored.filter((answer): answer is number => answer !== undefined);
    const missing = scored.indexOf(undefined);
    if (missing !== -1 || given.length !== definition.items.length) {
      setPlace("answering");
      go(Math.max(missing, 0));
      return;
    }
    const difficulty = answers[definition.items.length];
    setPlace("answering");
    if (itemNineAboveZero(instrument, given)) setSelfHarm(true);
    setProblem("");
    // The answers are about to be locked, and a disabled radio drops focus onto the page: it
    // waits on the button instead, whose name now says "Saving…".
    if (question.current?.contains(document.activeElement)) sendButton.current?.focus();
    await sending.run(async () => {
      try {
        const record = await safetyApi.takeAssessment(
          instrument === "phq9"
            ? { instrument, answers: given, ...(difficulty === undefined ? {} : { difficulty }) }
            : { instrument, answers: given },
        );
        if (key !== null) removeDraft(key);
        onDone(record);
      } catch (error) {
        // The answers, and the safety-first view above them, stay as they are, so trying again
        // costs one press and help stays on screen whatever the save does.
        setProblem(
          error instanceof ApiRequestError && error.status === 401
            ? "Your sign-in has ended, so this was not saved yet. Your answers are still here: sign in again in another tab, then press the button again."
            : messageOf(error),
        );
      }
    });
  }

  function next(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending.running()) return;
    if (chosen === undefined && !step?.optional) {
      setProblem("Pick the answer that fits best, then press Next.");
      return;
    }
    if (last) void submit();
    else go(index + 1);
  }

  function leave() {
    if (answeredCount === 0) {
      if (key !== null) removeDraft(key);
      navigate("/check-ups");
    } else {
      setPlace("asking");
    }
  }

  /** With item-9 help on screen the person stays beside it; otherwise they go to their check-ups. */
  function left(how: "kept" | "let-go") {
    if (how === "kept") keep(answers, index);
    else if (key !== null) removeDraft(key);
    if (selfHarm) setPlace(how);
    else navigate("/check-ups");
  }

  const answering = place === "answering";
  // One form in every place, with the help inside it always at the same spot: moved elsewhere
  // when the person leaves, it would be drawn anew, lose their plan for a moment and take focus.
  return (
    <>
      {answering && restored ? (
        <DraftNotice
          detail="Your answers from before are filled in, so you can carry on where you left off."
          onDiscard={() => {
            if (key !== null) removeDraft(key);
            setAnswers(steps.map(() => undefined));
            setIndex(0);
            setRestored(false);
          }}
        />
      ) : null}
      <form className="questionnaire" noValidate onSubmit={next}>
        {answering ? (
          <>
            <p className="hint">{definition.frame}</p>
            {/* Disabled while saving: what is sent is what stays on screen, and so what the result is
                worked out from and what is stored. A screen reader says each answer is unavailable. */}
            {/* Named in words, not from its legend's two lines: a browser puts a space around
                each line and around a hidden colon between them, so the group was read
                "Question 1 of 9 : …". */}
            <fieldset
              className="question"
              ref={question}
              disabled={sending.busy}
              aria-label={`${step.progress}: ${step.question}`}
            >
              {/* Focus lands on the legend after a move, so the new question is read out first. */}
              <legend key={index} tabIndex={-1} ref={focusQuestion}>
                <span className="question-progress">{step.progress}</span>
                <span className="question-text">{step.question}</span>
              </legend>
              {/* New radios for each question: the same ones, renamed into the next group while
                  still checked, would uncheck the answer that group already has, and Back would
                  show a question answered as if it were not. */}
              <div className="choices" key={index}>
                {step.choices.map((choice) => (
                  <label key={choice.value} className="choice">
                    <input
                      type="radio"
                      name={`${name}-${index}`}
                      value={choice.value}
                      checked={chosen === choice.value}
                      onChange={() => choose(choice.value)}
                    />
                    <span className="choice-text">{choice.label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            {/* Always in place, so the words are read out as help comes; the panel itself is
                in view, so only a screen reader needs them. */}
            <p role="status" className="visually-hidden">
              {helpSaid ? "Help lines are just below, if you want them." : ""}
            </p>
          </>
        ) : null}
        {selfHarm ? <SafetyFirst takeFocus={!helpCameWithChoice} /> : null}
        {answering ? (
          <>
            <FormProblem message={problem} />
            <div className="question-nav">
              {index > 0 ? (
                <button type="button" className="secondary" onClick={() => go(index - 1)}>
                  Back
                </button>
              ) : null}
              <button type="submit" className="primary" id={sendId} ref={sendButton}>
                {sending.busy ? "Saving…" : last ? "See my result" : "Next"}
              </button>
            </div>
            {/* Always in place, so the words are read out when a save starts; empty takes no room. */}
            <p role="status" className="question-saving">
              {sending.busy ? "Saving your answers. They can't be changed until this is done." : ""}
            </p>
            {/* Drawn for the eye only: the words above already say where the person is. */}
            <progress
              className="question-bar"
              max={steps.length}
              value={index + 1}
              aria-hidden="true"
            />
          </>
        ) : null}
      </form>
      {place === "asking" ? (
        <LeaveCheckup
          answered={scored.filter((answer) => answer !== undefined).length}
          total={definition.items.length}
          optionalLeft={answers.length > scored.length && answers.at(-1) === undefined}
          onSave={
            complete
              ? () => {
                  // The leave question and this button go, and the answers come back locked while they
                  // save: focus waits on "Saving…", as after "See my result", not on the page.
                  focusAfter(sendId);
                  void submit();
                }
              : undefined
          }
          onKeep={() => left("kept")}
          onLetGo={() => left("let-go")}
          onStay={() => setPlace("answering")}
        />
      ) : null}
      {place === "kept" || place === "let-go" ? <LeftCheckup how={place} /> : null}
      {answering ? (
        <p>
          <button type="button" className="link-button" onClick={leave}>
            Leave this check-up
          </button>
        </p>
      ) : null}
    </>
  );
}

/** Said after leaving with item-9 help on screen: the help stays above, the way out is here. */
function LeftCheckup({ how }: { how: "kept" | "let-go" }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="leave-confirm" aria-labelledby="left-checkup-heading">
      <h2 id="left-checkup-heading" ref={heading} tabIndex={-1}>
        {how === "kept" ? "Your answers are kept on this device" : "Your answers are let go"}
      </h2>
      <p>
        {how === "kept"
          ? "You can finish this check-up any time from Check-ups. The help above stays here for as long as you want it."
          : "Nothing from this check-up was saved. The help above stays here for as long as you want it."}
      </p>
      <p>
        <Link href="/check-ups">Go to your check-ups</Link>
      </p>
    </section>
  );
}
