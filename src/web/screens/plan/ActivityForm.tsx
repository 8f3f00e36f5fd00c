import { type FormEvent, useId, useLayoutEffect, useState } from "react";
import { z } from "zod";
import {
  ACTIVITY_TITLE_MAX,
  type ActivityInput,
  activityAreas,
  activityInputSchema,
  areaLabels,
  type Effort,
  effortLevels,
  FIRST_STEP_MAX,
  TINY_MAX_MINUTES,
} from "../../../core/plan/activity.schema.js";
import { messageOf } from "../../api/client.js";
import { ChoiceSelect } from "../../components/ChoiceSelect.js";
import { CrisisCardSpot } from "../../components/crisis/CrisisWatch.js";
import { prepareCrisisCheck } from "../../components/crisis/crisis-check.js";
import { crisisCardPlace } from "../../components/crisis/one-card.js";
import { useCrisisLanguage } from "../../components/crisis/useCrisisLanguage.js";
import { Field } from "../../components/Field.js";
import { FormProblem } from "../../components/FormProblem.js";
import {
  errorsFromIssues,
  type FieldErrors,
  fieldErrorsOf,
  sentence,
} from "../../components/field-errors.js";
import { useFocusAfterRender } from "../../components/useFocusAfterRender.js";
import { useOneAtATime } from "../../components/useOneAtATime.js";
import { DraftNotice } from "../../drafts/DraftNotice.js";
import { readDraft } from "../../drafts/draft-store.js";
import { useKeptFields } from "../../drafts/useKeptFields.js";

const effortLabels = {
  tiny: `Tiny: ${TINY_MAX_MINUTES} minutes or less`,
  small: "Small: a bit of effort",
  bigger: "Bigger: for a better day",
} as const satisfies Record<Effort, string>;

/** The form's fields in screen order, so the first one with a problem is the one focused. */
const fieldOrder = ["title", "area", "effort", "minutes", "social", "firstStep"] as const;
type FieldName = (typeof fieldOrder)[number];

const fieldLabels = {
  title: "Activity",
  area: "Area",
  effort: "Effort",
  minutes: "Minutes",
  social: "With someone",
  firstStep: "A tiny first step",
} as const satisfies Record<FieldName, string>;

/**
 * The API names the field at the start of its messages ("title must not be empty"), which reads
 * oddly beside a label that says something else; the person sees the label's words instead.
 */
function wording(field: FieldName, message: string): string {
  const rest = message.startsWith(`${field} `) ? message.slice(field.length + 1) : message;
  const fragment = /^(is|must|belongs)\b/.test(rest);
  return sentence(fragment ? fieldLabels[field] : undefined, rest);
}

/**
 * An own activity as typed in "Add your own" or "Edit" and kept on the device until it is saved:
 * the fields as they stand on screen, minutes still as typed (an empty or half-typed number is
 * kept).
 */
const activityDraftSchema = z.object({
  title: z.string().max(ACTIVITY_TITLE_MAX),
  area: z.enum(activityAreas),
  effort: z.enum(effortLevels),
  minutes: z.string().max(10),
  social: z.boolean(),
  firstStep: z.string().max(FIRST_STEP_MAX),
});
type ActivityDraft = z.infer<typeof activityDraftSchema>;

/** What is kept: the fields, and which activity they change (null for a new one). */
export const storedDraftSchema = z.object({
  id: z.string().max(100).nullable(),
  fields: activityDraftSchema,
});

const EMPTY_DRAFT: ActivityDraft = {
  title: "",
  area: "connection",
  effort: "tiny",
  minutes: "",
  social: false,
  firstStep: "",
};

/** Nothing changed from how the form opens (empty, or as saved): not worth keeping or offering. */
function sameDraft(a: ActivityDraft, b: ActivityDraft): boolean {
  return (Object.keys(EMPTY_DRAFT) as (keyof ActivityDraft)[]).every(
    (field) => a[field] === b[field],
  );
}

/** A new activity's fields kept under `key`, if they say anything the empty form does not. */
export function readNewActivityDraft(key: string): ActivityDraft | undefined {
  const stored = readDraft(key, storedDraftSchema);
  return stored?.id === null && !sameDraft(stored.fields, EMPTY_DRAFT) ? stored.fields : undefined;
}

function draftOf(input: ActivityInput): ActivityDraft {
  const { title, area, effort, minutes, social, firstStep } = input;
  return { title, area, effort, minutes: String(minutes), social, firstStep };
}

const controlId = (prefix: string, field: FieldName) => `${prefix}-${field}`;

/**
 * "Add your own activity" and "Edit: …": the fields, their problems beside them, and the words
 * kept on the device as they are typed until the activity is saved.
 */
export function ActivityForm({
  heading,
  initial,
  draftKey = null,
  draftId = null,
  focusOnOpen = false,
  inert = false,
  onUnsavedChange,
  onSave,
  onCancel,
}: {
  heading: string;
  initial?: ActivityInput;
  /** Where the words are kept on this device as they are typed; null keeps none. */
  draftKey?: string | null;
  /** The activity being changed, so a draft kept for another one is never laid over it. */
  draftId?: string | null;
  /**
   * Opened by the person's own press: focus goes to the first field even when it opens on words
   * kept from before, since the button they pressed is gone.
   */
  focusOnOpen?: boolean;
  /** Drawn but not yet to be typed into: its draft is not yet this tab's to write. */
  inert?: boolean;
  /**
   * Told whether the form holds words not saved, as they are typed (not a moment later), so the
   * screen can ask before anything it does lets them go.
   */
  onUnsavedChange?: (unsaved: boolean) => void;
  /** Throws the API's error, so the form can show each field's problem beside it. */
  onSave: (input: ActivityInput) => Promise<void>;
  onCancel: () => void;
}) {
  const prefix = useId();
  // A form begun before starts where it was left, and says so. A draft kept for another activity
  // is never laid over this one.
  const [start] = useState(() => (initial ? draftOf(initial) : EMPTY_DRAFT));
  const {
    fields,
    change: keep,
    restored,
    discard,
  } = useKeptFields<ActivityDraft>({
    key: draftKey,
    start,
    kept: (key) => {
      const stored = readDraft(key, storedDraftSchema);
      return stored?.id === draftId ? stored.fields : undefined;
    },
    same: sameDraft,
    stored: (fields) => ({ id: draftId, fields }),
  });
  const { title, area, effort, minutes, social, firstStep } = fields;
  // Opened on words kept from before, the form holds unsaved words from its first draw; gone, it
  // holds none.
  useLayoutEffect(() => {
    onUnsavedChange?.(restored);
    return () => onUnsavedChange?.(false);
  }, [restored, onUnsavedChange]);

  function change(edit: Partial<ActivityDraft>) {
    keep(edit);
    onUnsavedChange?.(!sameDraft({ ...fields, ...edit }, start));
  }
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState("");
  // Each free-text field is watched on its own, so the card comes under the words that brought
  // it; but with crisis words in both, two cards at once would ask the same thing twice. One card
  // shows, and closing it closes it for the words of both.
  const titleCrisis = useCrisisLanguage(title);
  const stepCrisis = useCrisisLanguage(firstStep);
  const [cardAt, setCardAt] = useState<number | null>(null);
  const placed = crisisCardPlace(cardAt, [titleCrisis.show, stepCrisis.show]);
  if (placed !== cardAt) setCardAt(placed);
  function closeCrisisCard() {
    titleCrisis.dismiss();
    stepCrisis.dismiss();
  }
  // A second tap on a slow connection would add the same activity twice.
  const saving = useOneAtATime();
  // On opening, and after a refused save, focus goes to the field that needs the person, once the
  // error is on screen so a screen reader reads it with the field. A form that comes back on its
  // own with a draft (the screen loading again) leaves focus where the screen put it.
  const focusAfter = useFocusAfterRender(
    restored && !focusOnOpen ? null : [controlId(prefix, "title")],
  );

  function discardDraft() {
    // Back to how the form opened: empty, or the activity as saved.
    discard();
    onUnsavedChange?.(false);
    setErrors({});
    setProblem("");
  }

  const errorFor = (field: FieldName) => {
    const message = errors[field];
    return message ? wording(field, message) : undefined;
  };

  function showErrors(fields: FieldErrors): boolean {
    setErrors(fields);
    const first = fieldOrder.find((field) => fields[field] !== undefined);
    if (first === undefined) return false;
    const notes = fieldOrder.filter((field) => fields[field] !== undefined).length;
    setProblem(
      notes === 1
        ? "Nearly there. Have a look at the note by the field."
        : "Nearly there. Have a look at the notes by the fields.",
    );
    focusAfter(controlId(prefix, first));
    return true;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving.running()) return;
    setProblem("");
    // Checked here with the API's own schema, so the same words appear beside the field at once;
    // anything the API still refuses comes back the same way below.
    const checked = activityInputSchema.safeParse({
      title,
      area,
      effort,
      // An empty or odd number is left for the schema, whose message says what range fits.
      minutes: Number(minutes),
      social,
      firstStep,
    });
    if (!checked.success) {
      showErrors(errorsFromIssues(checked.error.issues));
      return;
    }
    await saving.run(async () => {
      try {
        await onSave(checked.data);
      } catch (error) {
        const fields = fieldErrorsOf(error);
        if (!showErrors(fields)) setProblem(messageOf(error));
      }
    });
  }

  const socialError = errorFor("social");
  return (
    <form className="card activity-form" onSubmit={submit} aria-label={heading} inert={inert}>
      <h3>{heading}</h3>
      {restored ? (
        <DraftNotice
          detail={
            initial
              ? "It is different from what you saved. Press Save to keep it, or discard it to go back to what you saved."
              : "It isn't added yet: press Save when you're ready."
          }
          onDiscard={discardDraft}
        />
      ) : null}
      <Field
        id={controlId(prefix, "title")}
        label={fieldLabels.title}
        hint="Something small you'd like to do, like “water the plants”."
        error={errorFor("title")}
        limit={{ value: title, max: ACTIVITY_TITLE_MAX, holder: "this box" }}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            value={title}
            onChange={(e) => change({ title: e.target.value })}
            // Fetch the crisis check as soon as the person starts on the words.
            onFocus={prepareCrisisCheck}
          />
        )}
      </Field>
      {/* Right under the words, as the check-in note's: any free text may say more. */}
      <CrisisCardSpot show={placed === 0} checked={titleCrisis.checked} onClose={closeCrisisCard} />
      <Field id={controlId(prefix, "area")} label={fieldLabels.area} error={errorFor("area")}>
        {(control) => (
          <ChoiceSelect
            {...control}
            choices={activityAreas}
            labels={areaLabels}
            value={area}
            onChange={(value) => change({ area: value })}
          />
        )}
      </Field>
      <Field
        id={controlId(prefix, "effort")}
        label={fieldLabels.effort}
        hint="Tiny steps take almost no energy. They are the ones offered on low days."
        error={errorFor("effort")}
      >
        {(control) => (
          <ChoiceSelect
            {...control}
            choices={effortLevels}
            labels={effortLabels}
            value={effort}
            onChange={(value) => change({ effort: value })}
          />
        )}
      </Field>
      <Field
        id={controlId(prefix, "minutes")}
        label={fieldLabels.minutes}
        hint="About how long it takes."
        error={errorFor("minutes")}
      >
        {(control) => (
          <input
            {...control}
            className="short"
            type="number"
            inputMode="numeric"
            min={1}
            max={600}
            value={minutes}
            onChange={(e) => change({ minutes: e.target.value })}
          />
        )}
      </Field>
      <div className="field">
        {socialError ? (
          <p id={`${controlId(prefix, "social")}-error`} className="field-error">
            {socialError}
          </p>
        ) : null}
        <label className="check">
          <input
            id={controlId(prefix, "social")}
            type="checkbox"
            checked={social}
            aria-invalid={socialError ? true : undefined}
            aria-describedby={socialError ? `${controlId(prefix, "social")}-error` : undefined}
            onChange={(e) => change({ social: e.target.checked })}
          />
          It's with someone else
        </label>
      </div>
      <Field
        id={controlId(prefix, "firstStep")}
        label={fieldLabels.firstStep}
        hint="The very first move, like “fill the watering can”."
        error={errorFor("firstStep")}
        limit={{ value: firstStep, max: FIRST_STEP_MAX, holder: "a first step" }}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            value={firstStep}
            onChange={(e) => change({ firstStep: e.target.value })}
            onFocus={prepareCrisisCheck}
          />
        )}
      </Field>
      <CrisisCardSpot show={placed === 1} checked={stepCrisis.checked} onClose={closeCrisisCard} />
      <FormProblem message={problem} />
      <div className="step-actions">
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
