import { useEffect, useState } from "react";
import type { InstrumentId } from "../../../core/assessments/assessment.schema.js";
import { safetyApi } from "../../api/safety.js";
import { Link } from "../../components/Link.js";
import { shortName } from "./meaning.js";

const DAY_MS = 86_400_000;
/** The published instruments ask about the last two weeks, so sooner would count days twice. */
export const OFFER_AFTER_DAYS = 14;
const DISMISSED_KEY = "reconnect.checkupOffer.dismissedAt";

function dismissedRecently(now: number): boolean {
  try {
    const at = Number(window.localStorage.getItem(DISMISSED_KEY));
    return Number.isFinite(at) && now - at < OFFER_AFTER_DAYS * DAY_MS;
  } catch {
    return false;
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
    const now = Date.now();
    if (dismissedRecently(now)) return;
    safetyApi.assessments().then(
      (records) => {
        const latest = new Map<InstrumentId, number>();
        for (const record of records) latest.set(record.instrument, Date.parse(record.takenAt));
        const old = [...latest]
          .filter(([, at]) => now - at >= OFFER_AFTER_DAYS * DAY_MS)
          .map(([instrument]) => instrument);
        if (live) setDue(old);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const first = due[0];
  if (first === undefined) return null;

  function dismiss() {
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
