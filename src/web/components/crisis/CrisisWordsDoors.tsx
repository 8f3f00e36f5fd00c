import { Link } from "../Link.js";
import { useCrisisPageHref } from "./crisis-page-href.js";

/**
 * What the status says when saved words hold crisis words, above the two doors below. One
 * sentence wherever words are saved, so a check-in and a thought record never answer the same
 * words differently.
 */
export const SAVED_WITH_CRISIS_WORDS =
  "Saved. What you wrote sounds really hard. You don't have to carry it alone.";

/**
 * Said below the status when saved words (a check-in's note, a thought record) hold crisis words. The person may have closed the
 * crisis card, and closing is respected: no card, no list of lines, nothing that takes focus.
 * But the moment the words are kept is a new moment, and a heavy day's answer offers the same two
 * doors, so a note that asked for help louder than the numbers must not be offered less. Two
 * plain links, a tap from where the eyes are, and no request needed to show them.
 */
export function CrisisWordsDoors() {
  const crisisPage = useCrisisPageHref();
  return (
    <p className="crisis-card-actions crisis-words-doors">
      <a className="crisis-card-link" href={crisisPage}>
        See all help lines
      </a>
      <Link className="crisis-card-link" href="/safety-plan">
        Open your safety plan
      </Link>
    </p>
  );
}
