import { CrisisCard } from "./CrisisCard.js";
import { useCrisisLanguage } from "./useCrisisLanguage.js";

/**
 * The crisis card for one piece of free text, placed right under it: shown the moment the words
 * suggest it is needed, closed when the person closes it. It blocks nothing; the text and its form
 * carry on as before. The field itself calls `prepareCrisisCheck` on focus, so the rules are on
 * their way before the first pause in typing.
 */
export function CrisisWatch({ text }: { text: string }) {
  const crisis = useCrisisLanguage(text);
  return <CrisisCardSpot show={crisis.show} onClose={crisis.dismiss} />;
}

/**
 * Where a crisis card may show under a field. Always present, so a screen reader is already
 * listening when the card appears. For a form whose fields are watched each on their own but
 * that shows one card for all of them (see `crisisCardPlace`).
 */
export function CrisisCardSpot({ show, onClose }: { show: boolean; onClose: () => void }) {
  return <div aria-live="polite">{show ? <CrisisCard onClose={onClose} /> : null}</div>;
}
