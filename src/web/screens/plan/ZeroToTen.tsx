const POINTS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** A 0–10 rating as native radio buttons, in the check-in's look. */
export function ZeroToTen({
  name,
  legend,
  low,
  high,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  low: string;
  high: string;
  value: number | undefined;
  onChange: (value: number) => void;
}) {
  return (
    <fieldset className="scale">
      <legend>
        {legend}
        <span className="visually-hidden">
          , 0 is {low}, 10 is {high}
        </span>
      </legend>
      <div className="scale-points">
        {POINTS.map((point) => (
          <label key={point} className="scale-point">
            <input
              type="radio"
              name={name}
              value={point}
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
    </fieldset>
  );
}
