import { checkinScales } from "../../../core/checkins/checkin.schema.js";
import { sentence } from "../../components/field-errors.js";
import { fieldId, type ScaleKey } from "./draft.js";

const POINTS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

interface ScaleFieldProps {
  scaleKey: ScaleKey;
  value: number | undefined;
  optional: boolean;
  error: string | undefined;
  onChange: (value: number) => void;
}

/** One 0–10 question as native radio buttons: arrow keys, Space and screen readers work as usual. */
export function ScaleField({ scaleKey, value, optional, error, onChange }: ScaleFieldProps) {
  const scale = checkinScales.find(({ key }) => key === scaleKey);
  if (!scale) return null;
  const errorId = `${fieldId(scaleKey)}-error`;
  const endsId = `${fieldId(scaleKey)}-ends`;
  // The ends are the group's description, not part of its name: a hidden part of the legend is
  // read as a block of its own, so the name came out as "Mood , 0 is very low…".
  return (
    <fieldset className="scale" aria-describedby={error ? `${errorId} ${endsId}` : endsId}>
      <legend>
        {scale.label}
        {optional ? <span className="optional"> (optional)</span> : null}
      </legend>
      <p id={endsId} className="visually-hidden">
        0 is {scale.low.toLowerCase()}, 10 is {scale.high.toLowerCase()}.
      </p>
      {error ? (
        <p id={errorId} className="field-error">
          {sentence(scale.label, error)}
        </p>
      ) : null}
      <div className="scale-points">
        {POINTS.map((point) => (
          <label key={point} className="scale-point">
            <input
              type="radio"
              name={scaleKey}
              value={point}
              id={point === 0 ? fieldId(scaleKey) : undefined}
              checked={value === point}
              onChange={() => onChange(point)}
            />
            <span>{point}</span>
          </label>
        ))}
      </div>
      <div className="scale-ends" aria-hidden="true">
        <span>0 · {scale.low}</span>
        <span>10 · {scale.high}</span>
      </div>
    </fieldset>
  );
}
