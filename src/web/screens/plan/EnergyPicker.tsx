import { useId } from "react";
import { energyLevel, type OneTapEnergy, oneTapEnergy } from "../../../core/plan/energy.js";

const choices = [
  { key: "low", label: "Low", hint: "Only tiny steps today" },
  { key: "some", label: "Some", hint: "A small step is OK" },
  { key: "okay", label: "Okay", hint: "Up for a bit more" },
] as const satisfies readonly { key: OneTapEnergy; label: string; hint: string }[];

/** The one-tap energy question; native radios, so arrows, Space and screen readers just work. */
export function EnergyPicker({
  name,
  value,
  onChange,
  note,
}: {
  name: string;
  value: OneTapEnergy | null;
  onChange: (energy: OneTapEnergy) => void;
  /** Where the chosen energy came from, when the person did not pick it here. */
  note?: string | undefined;
}) {
  const noteId = useId();
  return (
    <fieldset
      className="choices energy-picker"
      aria-describedby={note === undefined ? undefined : noteId}
    >
      <legend>How much energy do you have?</legend>
      {note === undefined ? null : (
        <p id={noteId} className="hint">
          {note}
        </p>
      )}
      {choices.map((choice) => (
        <label key={choice.key} className="choice">
          <input
            type="radio"
            name={name}
            value={choice.key}
            checked={value === choice.key}
            onChange={() => onChange(choice.key)}
          />
          <span className="choice-text">
            {choice.label}: {choice.hint.toLowerCase()}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function energyNumber(energy: OneTapEnergy | null): number | null {
  return energy === null ? null : oneTapEnergy[energy];
}

/** The one-tap answer that offers the same steps as a 0–10 energy from the check-in. */
export function oneTapFor(energy: number): OneTapEnergy {
  const level = energyLevel(energy);
  return level === "good" ? "okay" : level;
}
