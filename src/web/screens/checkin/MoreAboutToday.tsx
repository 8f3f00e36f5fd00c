import { NOTE_MAX_LENGTH } from "../../../core/checkins/checkin.schema.js";
import { CrisisWatch } from "../../components/crisis/CrisisWatch.js";
import { prepareCrisisCheck } from "../../components/crisis/crisis-check.js";
import { Field } from "../../components/Field.js";
import { type FieldErrors, sentence } from "../../components/field-errors.js";
import { type CheckinDraft, fieldId, labelOf, type ScaleKey } from "./draft.js";
import { ScaleField } from "./ScaleField.js";

const MORE_SCALES = ["energy", "enjoyment", "rumination", "burden"] as const satisfies ScaleKey[];

interface MoreAboutTodayProps {
  open: boolean;
  onToggle: (open: boolean) => void;
  draft: CheckinDraft;
  errors: FieldErrors;
  /** `path` names the answer that changed, so its old error can go. */
  onChange: (change: Partial<CheckinDraft>, path: string) => void;
  /** Told whether the note's crisis card shows. */
  onCrisisCard: (shown: boolean) => void;
  /** The saved version the card answers, when it does (see `CrisisCard`). */
  cardAnswering: string | null;
}

/** The optional questions, folded away so the quickest check-in is mood and Save. */
export function MoreAboutToday({
  open,
  onToggle,
  draft,
  errors,
  onChange,
  onCrisisCard,
  cardAnswering,
}: MoreAboutTodayProps) {
  const errorFor = (path: string) => {
    const message = errors[path];
    return message ? sentence(labelOf(path), message) : undefined;
  };
  return (
    <>
      <details
        className="more"
        open={open}
        onToggle={(event) => onToggle(event.currentTarget.open)}
      >
        <summary>More about your day (optional)</summary>
        <div className="stack">
          {MORE_SCALES.map((key) => (
            <ScaleField
              key={key}
              scaleKey={key}
              value={draft.scales[key]}
              optional
              error={errors[key]}
              onChange={(value) => onChange({ scales: { ...draft.scales, [key]: value } }, key)}
            />
          ))}
          <Field
            id={fieldId("sleepHours")}
            label="Hours slept (optional)"
            hint="Roughly is fine, for example 6.5."
            error={errorFor("sleepHours")}
          >
            {(control) => (
              <input
                {...control}
                className="short"
                type="number"
                inputMode="decimal"
                min={0}
                max={24}
                step={0.5}
                value={draft.sleepHours}
                onChange={(event) => onChange({ sleepHours: event.target.value }, "sleepHours")}
              />
            )}
          </Field>
          <Field
            id={fieldId("note")}
            label="Note (optional)"
            error={errorFor("note")}
            limit={{ value: draft.note, max: NOTE_MAX_LENGTH, holder: "a note" }}
          >
            {(control) => (
              <textarea
                dir="auto"
                {...control}
                rows={4}
                value={draft.note}
                onChange={(event) => onChange({ note: event.target.value }, "note")}
                // Fetch the crisis check as soon as the person starts on a note.
                onFocus={prepareCrisisCheck}
              />
            )}
          </Field>
        </div>
      </details>
      {/* Outside the fold, so folding "More about your day" never hides help the note called up. */}
      <CrisisWatch text={draft.note} onShown={onCrisisCard} answering={cardAnswering} />
    </>
  );
}
