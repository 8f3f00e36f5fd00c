import { type Lists, textsOf } from "./plan-lists.js";
import { stepCopy } from "./steps.js";

/** What prints: the plan as plain lists, with no boxes or buttons. */
export function PrintedPlan({ lists, savedAt }: { lists: Lists; savedAt: string | null }) {
  return (
    <div className="print-only" aria-hidden="true">
      <ol className="plan-print">
        {stepCopy.map((copy) => {
          const entries = textsOf(lists[copy.step]);
          return (
            <li key={copy.step}>
              <h2>{copy.title}</h2>
              {entries.length > 0 ? (
                <ul>
                  {entries.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              ) : (
                <p className="plan-print-blank">&nbsp;</p>
              )}
            </li>
          );
        })}
      </ol>
      {savedAt ? <p>Saved {savedOn(savedAt)}.</p> : null}
    </div>
  );
}

export function savedOn(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
}
