import { useContext, useEffect, useState } from "react";
import { type InstrumentId, instrumentIds } from "../../../core/assessments/assessment.schema.js";
import type { AssessmentRecord } from "../../../core/assessments/assessment-record.schema.js";
import { messageOf } from "../../api/client.js";
import { safetyApi } from "../../api/safety.js";
import { screenChangedByPerson } from "../../app/router.js";
import { Link } from "../../components/Link.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { DraftOwner } from "../../drafts/DraftOwner.js";
import { draftKey, readDraft } from "../../drafts/draft-store.js";
import { offers, shortName } from "./meaning.js";
import { Questionnaire } from "./Questionnaire.js";
import { questionnaireDraftSchema, stepsOf } from "./questionnaire-draft.js";
import { Result } from "./Result.js";
import { ScoreHistory } from "./ScoreHistory.js";

/** `/check-ups` lists the questionnaires and past scores; `/check-ups/phq9` takes one. */
export function CheckupsScreen({ instrument }: { instrument: InstrumentId | null }) {
  return instrument ? <TakeCheckup key={instrument} instrument={instrument} /> : <CheckupsHome />;
}

function TakeCheckup({ instrument }: { instrument: InstrumentId }) {
  const [result, setResult] = useState<AssessmentRecord | null>(null);
  return (
    <div className="screen">
      {result ? (
        <ScreenHeading key="result" title={`${shortName[instrument]} result`}>
          Your result
        </ScreenHeading>
      ) : (
        <ScreenHeading key="questions" title={`${shortName[instrument]} check-up`}>
          {shortName[instrument]} check-up
        </ScreenHeading>
      )}
      {result ? (
        <Result record={result} />
      ) : (
        <>
          <p className="date-line">
            {offers[instrument].length}. There are no right or wrong answers.
          </p>
          <Questionnaire
            instrument={instrument}
            onDone={(record) => {
              // The result takes the questions' place at the person's asking, with no new
              // address: its heading takes focus as after any move, even when the check-up was
              // opened straight from its address (coming back to a draft), or focus falls on
              // the page and a screen reader says nothing.
              screenChangedByPerson();
              setResult(record);
            }}
          />
        </>
      )}
    </div>
  );
}

type History =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "ready"; records: AssessmentRecord[] };

function CheckupsHome() {
  const [history, setHistory] = useState<History>({ state: "loading" });
  const owner = useContext(DraftOwner);
  // Answers kept on this device to finish later, so the person knows where they are waiting.
  const [kept] = useState(
    () =>
      new Set(
        instrumentIds.filter(
          (id) =>
            owner !== null &&
            readDraft(draftKey("checkup", owner, id), questionnaireDraftSchema(stepsOf(id))) !==
              undefined,
        ),
      ),
  );

  useEffect(() => {
    let live = true;
    safetyApi.assessments().then(
      (records) => {
        if (live) setHistory({ state: "ready", records });
      },
      (error: unknown) => {
        if (live) setHistory({ state: "failed", message: messageOf(error) });
      },
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="screen">
      <ScreenHeading title="Check-ups">Check-ups</ScreenHeading>
      <p>
        Two short questionnaires that doctors use too. Each gives a screening score: a way to see
        how things are moving over time, never a diagnosis.
      </p>
      <ul className="checkup-choices">
        {instrumentIds.map((id) => (
          <li key={id}>
            <Link className="checkup-choice" href={`/check-ups/${id}`}>
              <strong>{offers[id].what}</strong>
              <span className="checkup-choice-detail">
                {shortName[id]} · {offers[id].length}
                {kept.has(id) ? " · your answers are kept here to finish" : ""}
              </span>
            </Link>
          </li>
        ))}
      </ul>

      {history.state === "failed" ? (
        <p role="alert" className="form-error">
          {history.message}
        </p>
      ) : null}
      {history.state === "ready"
        ? instrumentIds.map((id) => {
            const records = history.records.filter((record) => record.instrument === id);
            return records.length > 0 ? (
              <ScoreHistory key={id} instrument={id} records={records} />
            ) : null;
          })
        : null}
      {history.state === "ready" && history.records.length === 0 ? (
        <p className="hint">Your scores will show here over time, with a table of every one.</p>
      ) : null}
    </div>
  );
}
