import { useId } from "react";
import { CrisisLines } from "./CrisisLines.js";

/**
 * Shown in place, beside what the person is writing, when their words suggest they may be
 * thinking of ending their life or hurting themselves. It blocks nothing and loses nothing. Its
 * first words and the link to /crisis need no network; the local lines are added when they load.
 */
export function CrisisCard({ onClose }: { onClose: () => void }) {
  const headingId = useId();
  return (
    <section className="crisis-card" aria-labelledby={headingId}>
      <h2 id={headingId}>You don't have to carry this alone</h2>
      <p>
        What you wrote sounds really heavy. If you are thinking about ending your life or hurting
        yourself, please talk to someone now. Everything you wrote is still here.
      </p>
      <CrisisLines />
      <p className="crisis-card-actions">
        <a className="crisis-card-link" href="/crisis">
          See all help lines
        </a>
        <a className="crisis-card-link" href="/safety-plan">
          Open your safety plan
        </a>
        <button type="button" className="link-button" onClick={onClose}>
          Close this
        </button>
      </p>
    </section>
  );
}
