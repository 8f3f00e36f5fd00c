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
  // Always present, so a screen reader is already listening when the card appears.
  return (
    <div aria-live="polite">{crisis.show ? <CrisisCard onClose={crisis.dismiss} /> : null}</div>
  );
}
