import type { ControlProps } from "./Field.js";

interface ChoiceSelectProps<T extends string> extends Partial<ControlProps> {
  id: string;
  choices: readonly T[];
  labels: Readonly<Record<T, string>>;
  value: T;
  onChange: (value: T) => void;
}

/** A select over a fixed list of choices, each shown by its label, that only ever yields one. */
export function ChoiceSelect<T extends string>({
  choices,
  labels,
  value,
  onChange,
  ...control
}: ChoiceSelectProps<T>) {
  return (
    <select
      {...control}
      value={value}
      onChange={(event) => {
        const chosen = choices.find((choice) => choice === event.target.value);
        if (chosen !== undefined) onChange(chosen);
      }}
    >
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labels[choice]}
        </option>
      ))}
    </select>
  );
}
