import { useId, useLayoutEffect, useRef } from "react";

interface LeaveCheckupProps {
  /** Answers to the questions that count towards the score, and how many there are. */
  answered: number;
  total: number;
  /** The optional question after them (PHQ-9's last) is there and not yet answered. */
  optionalLeft: boolean;
  /** Present only when every question that counts has an answer, so the save can succeed. */
  onSave: (() => void) | undefined;
  onKeep: () => void;
  onLetGo: () => void;
  onStay: () => void;
}

/**
 * Asked in the page, in place of the question, when someone leaves a check-up with answers in
 * it: nothing they answered is thrown away without their say.
 */
export function LeaveCheckup({
  answered,
  total,
  optionalLeft,
  onSave,
  onKeep,
  onLetGo,
  onStay,
}: LeaveCheckupProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="leave-confirm" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        Keep your answers?
      </h2>
      <p>
        {answeredWords(answered, total, optionalLeft)} They are on this device only, and nobody else
        sees them.
      </p>
      <div className="step-actions">
        {onSave ? (
          <button type="button" className="primary" onClick={onSave}>
            Save them as they are
          </button>
        ) : null}
        <button type="button" className={onSave ? "secondary" : "primary"} onClick={onKeep}>
          Keep them to finish later
        </button>
        <button type="button" className="secondary" onClick={onLetGo}>
          Let them go
        </button>
        <button type="button" className="secondary" onClick={onStay}>
          Stay and carry on
        </button>
      </div>
    </section>
  );
}

/**
 * Counted as the check-up's first screen counts them ("9 questions"): the optional question is
 * not one of them, so a finished PHQ-9 never reads as "9 of 10".
 */
export function answeredWords(answered: number, total: number, optionalLeft: boolean): string {
  if (answered < total) return `You have answered ${answered} of ${total} questions.`;
  return optionalLeft
    ? `You have answered all ${total} questions; only the last one, which you can skip, is left.`
    : `You have answered all ${total} questions.`;
}
