import type { AssessmentRecord } from "../../../core/assessments/assessment-record.schema.js";
import { Link } from "../../components/Link.js";
import { bandLabel, bandMeaning, maxScore, shortName, suggestsProfessional } from "./meaning.js";
import { SafetyFirst } from "./SafetyFirst.js";

/**
 * The result of one questionnaire. When item 9 was answered above "Not at all", care and help
 * come first and the score after them.
 */
export function Result({ record }: { record: AssessmentRecord }) {
  const selfHarm = record.instrument === "phq9" && record.flags.selfHarm === true;
  return (
    <div className="stack result">
      {selfHarm ? <SafetyFirst /> : null}
      <section className="result-score" aria-labelledby="result-score-heading">
        <h2 id="result-score-heading">
          Your {shortName[record.instrument]} screening score: {record.score} out of{" "}
          {maxScore(record.instrument)}
        </h2>
        <p className="result-band">{bandLabel(record.band)}</p>
        <p>{bandMeaning(record.band)}</p>
        <p className="hint">
          This is a screening score, not a diagnosis. Only a conversation with a doctor or therapist
          can say what is going on and what might help.
        </p>
      </section>
      {suggestsProfessional(record) ? (
        <section aria-labelledby="result-talk-heading">
          <h2 id="result-talk-heading">Talking to a doctor or therapist could help</h2>
          <p>
            A score like this is a good reason to talk things over with your doctor or a therapist.
            Low mood like this is common, and it often gets better with the right support.
          </p>
          <p>To get ready for that talk, you could:</p>
          <ul>
            <li>Write down what you have noticed, and roughly when it started.</li>
            <li>Bring this score, or your history from this page.</li>
            <li>List any medicines you take, and anything that has helped a little.</li>
            <li>
              If words are hard, it is enough to say: "I've been feeling low and I'm not sure what
              to do."
            </li>
          </ul>
        </section>
      ) : null}
      <p className="result-links">
        {record.band === "lonely" ? (
          // The words above say loneliness can change with small steps: the first link is one,
          // to the circle's gentle next step for each person, not back to the list of scores.
          <Link className="result-link" href="/circle">
            Find one small way back to someone
          </Link>
        ) : null}
        <Link className="result-link" href="/check-ups">
          See all your check-ups
        </Link>
        <Link className="result-link" href="/">
          Go to today's check-in
        </Link>
      </p>
    </div>
  );
}
