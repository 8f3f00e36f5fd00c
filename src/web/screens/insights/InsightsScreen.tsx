import { useEffect, useState } from "react";
import { instrumentIds } from "../../../core/assessments/assessment.schema.js";
import type { AssessmentRecord } from "../../../core/assessments/assessment-record.schema.js";
import { localDateOf } from "../../../core/dates/local-date.js";
import type { Insights } from "../../../core/insights/insights.schema.js";
import { messageOf } from "../../api/client.js";
import { safetyApi } from "../../api/safety.js";
import { AfterPaint } from "../../components/AfterPaint.js";
import { shortDayName } from "../../components/day-name.js";
import { Link } from "../../components/Link.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { ScoreHistory } from "../check-ups/ScoreHistory.js";
import { ActivitiesSection } from "./ActivitiesSection.js";
import { CycleMapSection } from "./CycleMapSection.js";
import { ForecastSection } from "./ForecastSection.js";
import { insightsApi } from "./insights-api.js";
import { WithdrawalSection } from "./WithdrawalSection.js";

type Loaded<T> =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "ready"; value: T };

/** Runs a module-level `load` when the screen opens; a screen closed meanwhile ignores the answer. */
function useLoaded<T>(load: () => Promise<T>): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  useEffect(() => {
    let live = true;
    load().then(
      (value) => {
        if (live) setLoaded({ state: "ready", value });
      },
      (error: unknown) => {
        if (live) setLoaded({ state: "failed", message: messageOf(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [load]);
  return loaded;
}

// The browser's own date: "the last 7 days" end on the person's today.
const loadInsights = () => insightsApi.insights(localDateOf(new Date()));
const loadScores = () => safetyApi.assessments();

export default function InsightsScreen() {
  const insights = useLoaded(loadInsights);
  const scores = useLoaded(loadScores);
  // Both answers are drawn together: scores drawn first would be pushed down a few screens when
  // the patterns arrive above them, and that jump is what makes a person lose their place.
  if (insights.state === "loading" || scores.state === "loading") {
    return (
      <div className="screen insights">
        <ScreenHeading title="Insights">Your patterns</ScreenHeading>
        <InsightsPending />
      </div>
    );
  }
  return (
    <div className="screen insights">
      <ScreenHeading title="Insights">Your patterns</ScreenHeading>
      {insights.state === "failed" ? (
        <p role="alert" className="form-error">
          {insights.message}
        </p>
      ) : (
        <InsightsBody insights={insights.value} />
      )}
      {/* Below the patterns, so drawn with their charts, after the first words have painted. */}
      <AfterPaint>
        <QuestionnaireTrends scores={scores} />
      </AfterPaint>
    </div>
  );
}

/**
 * While the patterns are worked out: the summary's room and an empty box about as tall as the
 * first section is on a phone, so what arrives fills room already there instead of pushing.
 */
function InsightsPending() {
  return (
    <>
      <p role="status" className="insights-lead">
        Working out your patterns…
      </p>
      <div className="insights-pending" aria-hidden="true" />
    </>
  );
}

function InsightsBody({ insights }: { insights: Insights }) {
  const { data } = insights;
  if (insights.empty) {
    return (
      <section className="insights-section insights-empty" aria-labelledby="empty-heading">
        <h2 id="empty-heading">Nothing to show yet, and that's okay</h2>
        <p>{insights.summary}</p>
        <p>
          <Link className="button-link" href="/">
            Go to today's check-in
          </Link>
        </p>
      </section>
    );
  }
  return (
    <>
      <p className="insights-lead">{insights.summary}</p>
      {data.firstDate && data.lastDate ? (
        <p className="hint">
          Check-ins from {shortDayName(data.firstDate)} to {shortDayName(data.lastDate)}.
        </p>
      ) : null}
      {/* The first section's words are the screen's largest paint: they are drawn at once,
          and the charts below a frame later, so their drawing does not hold those words back
          (issue 13: first-visit LCP about 75-175 ms sooner, docs/BENCHMARKS.md). */}
      <WithdrawalSection withdrawal={insights.withdrawal} />
      <AfterPaint fallback={<div className="insights-pending" aria-hidden="true" />}>
        <CycleMapSection cycle={insights.cycle} hasActivities={data.activitiesDone > 0} />
        <ActivitiesSection activities={insights.activitiesAndMood} />
        <ForecastSection forecast={insights.forecastGap} />
      </AfterPaint>
    </>
  );
}

/** PHQ-9 and UCLA-3 over time against their bands: the check-ups screen's own chart and table. */
function QuestionnaireTrends({
  scores,
}: {
  scores: Exclude<Loaded<AssessmentRecord[]>, { state: "loading" }>;
}) {
  return (
    <section className="insights-section" aria-labelledby="scores-heading">
      <h2 id="scores-heading">Check-up scores over time</h2>
      <p>Screening scores show how things are moving. They are never a diagnosis.</p>
      {scores.state === "failed" ? (
        <p role="alert" className="form-error">
          {scores.message}
        </p>
      ) : null}
      {scores.state === "ready"
        ? instrumentIds.map((id) => {
            const records = scores.value.filter((record) => record.instrument === id);
            return records.length > 0 ? (
              <ScoreHistory key={id} instrument={id} records={records} level={3} />
            ) : null;
          })
        : null}
      {scores.state === "ready" && scores.value.length === 0 ? (
        <p className="insights-waiting">
          No check-up scores yet. <Link href="/check-ups">Take a short check-up</Link> when it suits
          you, and your scores will show here over time.
        </p>
      ) : (
        <p>
          <Link href="/check-ups">Go to check-ups</Link>
        </p>
      )}
    </section>
  );
}
