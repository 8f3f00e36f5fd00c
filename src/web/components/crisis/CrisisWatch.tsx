import { useEffect } from "react";
import { CrisisCard } from "./CrisisCard.js";
import { useCrisisLanguage } from "./useCrisisLanguage.js";

/**
 * The crisis card for one piece of free text, placed right under it: shown the moment the words
 * suggest it is needed, closed when the person closes it. It blocks nothing; the text and its form
 * carry on as before. The field itself calls `prepareCrisisCheck` on focus, so the rules are on
 * their way before the first pause in typing.
 */
export function CrisisWatch({
  text,
  onShown,
  answering = null,
}: {
  text: string;
  /** Told whether the card shows, and false when the watch goes, for a form that answers a save. */
  onShown?: (shown: boolean) => void;
  /** See `CrisisCard`'s `answering`. */
  answering?: string | null;
}) {
  const crisis = useCrisisLanguage(text);
  useEffect(() => {
    onShown?.(crisis.show);
    return () => onShown?.(false);
  }, [crisis.show, onShown]);
  return (
    <CrisisCardSpot
      show={crisis.show}
      checked={crisis.checked}
      onClose={crisis.dismiss}
      answering={answering}
    />
  );
}

/**
 * What is read out when the card appears. Short on purpose: the card itself, with its lines and
 * links, is not in the live region, so a screen reader is told help is here without having the
 * whole card (every line and link) read out over what the person was writing; it is one Tab away.
 */
export const CARD_SHOWN_WORDS = "Help lines are just below, if you want them.";

/**
 * Where a crisis card may show under a field. Its live region is always present, so a screen
 * reader is already listening when the card appears, and says only `CARD_SHOWN_WORDS`. For a form whose fields are watched each on their own but
 * that shows one card for all of them (see `crisisCardPlace`). `checked` says whether the words
 * above have been checked yet (see `CrisisLanguage`): nothing a person sees, but what lets a check
 * that no card came tell "not called for" from "not looked at yet".
 */
export function CrisisCardSpot({
  show,
  checked,
  onClose,
  answering = null,
}: {
  show: boolean;
  checked: boolean;
  onClose: () => void;
  answering?: string | null;
}) {
  return (
    <div data-crisis-check={checked ? "done" : "waiting"}>
      <p aria-live="polite" className="visually-hidden">
        {show ? CARD_SHOWN_WORDS : ""}
      </p>
      {show ? <CrisisCard onClose={onClose} answering={answering} /> : null}
    </div>
  );
}
