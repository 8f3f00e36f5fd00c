import { useId } from "react";

const POINTS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * A 0–10 rating as native radio buttons, in the check-in's look. The question is the group's
 * name and the ends its description, so a screen reader reads "How much did you enjoy it?" and
 * then what 0 and 10 mean, with no stray punctuation between them.
 */
export function ZeroToTen({
  name,
  legend,
  low,
  high,
  value,
  onChange,
  why,
  firstRadioId,
}: {
  name: string;
  legend: string;
  low: string;
  high: string;
  value: number | undefined;
  onChange: (value: number) => void;
  /** Set when an answer is needed: shown under the question, and the group is marked required. */
  why?: string;
  /** An id for the 0 point, so focus can be sent to the rating when it appears. */
  firstRadioId?: string;
}) {
  const id = useId();
  const questionId = `${id}-question`;
  const whyId = `${id}-why`;
  const endsId = `${id}-ends`;
  // A radiogroup rather than a fieldset, because only a radiogroup may say it is required.
  return (
    <div
      className="scale"
      role="radiogroup"
      aria-labelledby={questionId}
      aria-required={why === undefined ? undefined : true}
      aria-describedby={why === undefined ? endsId : `${whyId} ${endsId}`}
    >
      <p id={questionId} className="scale-question">
        {legend}
      </p>
      {why === undefined ? null : (
        <p id={whyId} className="hint">
          {why}
        </p>
      )}
      <p id={endsId} className="visually-hidden">
        0 is {low}, 10 is {high}.
      </p>
      <div className="scale-points">
        {POINTS.map((point) => (
          <label key={point} className="scale-point">
            <input
              type="radio"
              name={name}
              value={point}
              id={point === 0 ? firstRadioId : undefined}
              checked={value === point}
              onChange={() => onChange(point)}
            />
            <span>{point}</span>
          </label>
        ))}
      </div>
      <div className="scale-ends" aria-hidden="true">
        <span>0 · {low}</span>
        <span>10 · {high}</span>
      </div>
    </div>
  );
}
