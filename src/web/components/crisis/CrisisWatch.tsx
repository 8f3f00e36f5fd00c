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
  return <CrisisCardSpot show={crisis.show} checked={crisis.checked} onClose={crisis.dismiss} />;
}

/**
 * Where a crisis card may show under a field. Always present, so a screen reader is already
 * listening when the card appears. For a form whose fields are watched each on their own but
 * that shows one card for all of them (see `crisisCardPlace`). `checked` says whether the words
 * above have been checked yet (see `CrisisLanguage`): nothing a person sees, but what lets a check
 * that no card came tell "not called for" from "not looked at yet".
 */
export function CrisisCardSpot({
  show,
  checked,
  onClose,
}: {
  show: boolean;
  checked: boolean;
  onClose: () => void;
}) {
  return (
    <div aria-live="polite" data-crisis-check={checked ? "done" : "waiting"}>
      {show ? <CrisisCard onClose={onClose} /> : null}
    </div>
  );
}
