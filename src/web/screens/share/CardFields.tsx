import { useId, useLayoutEffect } from "react";
import {
  CONTACT_SUGGESTIONS,
  SHARE_CONTACT_MAX_LENGTH,
  SHARE_ENERGIES,
  SHARE_LABEL_MAX_LENGTH,
  SHARE_MESSAGE_MAX_LENGTH,
  type ShareEnergy,
} from "../../../core/shares/share.schema.js";
import { CrisisWatch } from "../../components/crisis/CrisisWatch.js";
import { prepareCrisisCheck } from "../../components/crisis/crisis-check.js";
import { type FieldErrors, sentence } from "../../components/field-errors.js";
import { describedBy, useLengthLimit } from "../../components/length-limit.js";
import type { CardDraft } from "./card-draft.js";

const ENERGY_LABELS: Record<ShareEnergy, string> = { low: "Low", some: "Some", okay: "Okay" };

interface CardFieldsProps {
  draft: CardDraft;
  errors: FieldErrors;
  onChange: (change: Partial<CardDraft>) => void;
  /**
   * Counts the times the card was refused for what is in it. Each time, focus goes to the first
   * choice that needs a look: its words sit far above the button on a phone, and were otherwise
   * neither seen nor read out.
   */
  refused?: number;
}

/** The choices a card is made of; the same for a new card and for updating one. */
export function CardFields({ draft, errors, onChange, refused = 0 }: CardFieldsProps) {
  const id = useId();
  const contactId = `${id}-contact`;
  const messageId = `${id}-message`;
  const labelId = `${id}-label`;
  const energyId = `${id}-energy`;
  const labelLength = useLengthLimit({
    id: labelId,
    value: draft.label,
    max: SHARE_LABEL_MAX_LENGTH,
    holder: "this box",
  });
  const contactLength = useLengthLimit({
    id: contactId,
    value: draft.contact,
    max: SHARE_CONTACT_MAX_LENGTH,
    holder: "this box",
  });
  const messageLength = useLengthLimit({
    id: messageId,
    value: draft.message,
    max: SHARE_MESSAGE_MAX_LENGTH,
    holder: "a message",
  });
  useLayoutEffect(() => {
    if (refused === 0) return;
    const fields = { label: labelId, energy: energyId, contact: contactId, message: messageId };
    const first = Object.entries(fields).find(([path]) => errors[path] !== undefined);
    if (first) document.getElementById(first[1])?.focus();
    // Only a new refusal moves focus, not each change to the errors as the person fixes them.
  }, [refused]);
  const error = (path: string, label: string) => {
    const message = errors[path];
    return message ? (
      <p id={`${id}-${path}-error`} className="field-error">
        {sentence(label, message)}
      </p>
    ) : null;
  };
  return (
    <>
      <div className="field">
        <label htmlFor={labelId}>Who is it for? (optional)</label>
        <p className="hint" id={`${id}-label-hint`}>
          Only you see this, so you can tell your links apart. For example: "Mum".
        </p>
        {error("label", "Who it is for")}
        <input
          id={labelId}
          type="text"
          {...labelLength.box}
          value={draft.label}
          aria-invalid={errors.label ? true : undefined}
          aria-describedby={describedBy(
            errors.label ? `${id}-label-error` : `${id}-label-hint`,
            ...labelLength.describedBy,
          )}
          onChange={(event) => onChange({ label: event.target.value })}
        />
        {labelLength.note}
      </div>

      <fieldset className="share-choice">
        <legend>Your energy this week</legend>
        {error("energy", "Energy")}
        <div className="chips">
          {SHARE_ENERGIES.map((energy, index) => (
            <label key={energy} className="check">
              <input
                id={index === 0 ? energyId : undefined}
                aria-invalid={errors.energy ? true : undefined}
                aria-describedby={errors.energy ? `${id}-energy-error` : undefined}
                type="radio"
                name={`${id}-energy`}
                value={energy}
                checked={draft.energy === energy}
                onChange={() => onChange({ energy })}
              />
              {ENERGY_LABELS[energy]}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="share-choice">
        <legend>How people can reach you right now</legend>
        <p className="hint" id={`${id}-contact-hint`}>
          Tap one, or write your own.
        </p>
        <div className="chips">
          {CONTACT_SUGGESTIONS.map((suggestion) => (
            <button
              key={suggestion}
              type="button"
              className="secondary"
              aria-pressed={draft.contact === suggestion}
              onClick={() => onChange({ contact: suggestion })}
            >
              {suggestion}
            </button>
          ))}
        </div>
        <div className="field">
          <label htmlFor={contactId}>In your own words</label>
          {error("contact", "This")}
          <input
            id={contactId}
            type="text"
            {...contactLength.box}
            value={draft.contact}
            aria-invalid={errors.contact ? true : undefined}
            aria-describedby={describedBy(
              errors.contact ? `${id}-contact-error` : `${id}-contact-hint`,
              ...contactLength.describedBy,
            )}
            onChange={(event) => onChange({ contact: event.target.value })}
          />
          {contactLength.note}
        </div>
      </fieldset>

      <div className="field">
        <label htmlFor={messageId}>A short message (optional)</label>
        <p className="hint" id={`${id}-message-hint`}>
          For example: "Thanks for being patient with me."
        </p>
        {error("message", "The message")}
        <textarea
          dir="auto"
          id={messageId}
          rows={3}
          {...messageLength.box}
          value={draft.message}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={describedBy(`${id}-message-hint`, ...messageLength.describedBy)}
          onChange={(event) => onChange({ message: event.target.value })}
          // Fetch the crisis check as soon as the person starts on a message.
          onFocus={prepareCrisisCheck}
        />
        {messageLength.note}
      </div>
      {/* A message to someone who cares can say more than the person would say aloud. */}
      <CrisisWatch text={draft.message} />

      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={draft.showSteps}
            aria-describedby={`${id}-steps-hint`}
            onChange={(event) => onChange({ showSteps: event.target.checked })}
          />
          Show how many days this week I reached out to someone
        </label>
        <p className="hint" id={`${id}-steps-hint`}>
          Only the number. Never your check-ins, notes or thoughts.
        </p>
      </div>
    </>
  );
}
