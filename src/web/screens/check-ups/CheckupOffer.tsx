import { type MouseEvent, useEffect, useState } from "react";
import type { InstrumentId } from "../../../core/assessments/assessment.schema.js";
import { dismissedRecently, instrumentsDueAgain } from "../../../core/assessments/offer-again.js";
import { safetyApi } from "../../api/safety.js";
import { focusScreenHeading } from "../../components/focus-screen-heading.js";
import { Link } from "../../components/Link.js";
import { shortName } from "./meaning.js";

const DISMISSED_KEY = "reconnect.checkupOffer.dismissedAt";

function dismissedAt(): number | undefined {
  try {
    const value = window.localStorage.getItem(DISMISSED_KEY);
    return value === null ? undefined : Number(value);
  } catch {
    return undefined;
  }
}

/**
 * A small, quiet note on the check-in screen offering a questionnaire again once the last one is
 * two weeks old. Closing it hides it for two more weeks. Only for questionnaires already taken:
 * Reconnect never pushes a first one. Any failure just means no note.
 */
export function CheckupOffer() {
  const [due, setDue] = useState<InstrumentId[]>([]);

  useEffect(() => {
    let live = true;
    const now = new Date();
    if (dismissedRecently(dismissedAt(), now)) return;
    safetyApi.assessments().then(
      (records) => {
        if (live) setDue(instrumentsDueAgain(records, now));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const first = due[0];
  if (first === undefined) return null;

  function dismiss(event: MouseEvent<HTMLButtonElement>) {
    // The note goes with this button: focus goes to the screen's heading, not to the page.
    focusScreenHeading(event.currentTarget);
    try {
      window.localStorage.setItem(DISMISSED_KEY, String(Date.now()));
    } catch {
      // Private windows may refuse storage; the note still closes for now.
    }
    setDue([]);
  }

  const names = due.map((id) => shortName[id]).join(" and ");
  return (
    <aside className="gentle-note" aria-label="Check-up">
      <p>
        It has been two weeks or more since your last {names}. If you like, taking it again can show
        how things are moving. <Link href={`/check-ups/${first}`}>Take the {shortName[first]}</Link>
      </p>
      <button type="button" className="link-button" onClick={dismiss}>
        Not now
      </button>
    </aside>
  );
}
