import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { localDateOf } from "../../../core/dates/local-date.js";
import type { OneTapEnergy } from "../../../core/plan/energy.js";
import { firstStepBeyondTitle } from "../../../core/plan/first-step.js";
import type {
  ActivityView,
  Forecast,
  PlanView,
  Suggestions,
} from "../../../core/plan/plan-api.schema.js";
import { messageOf } from "../../api/client.js";
import { AfterPaint } from "../../components/AfterPaint.js";
import { FormProblem } from "../../components/FormProblem.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { useFocusAfterRender } from "../../components/useFocusAfterRender.js";
import { dayLabel } from "./day-label.js";
import { EnergyPicker, energyNumber, oneTapFor } from "./EnergyPicker.js";
import { type Pickable, PlanForm } from "./PlanForm.js";
import { PlanItem, planHeadingId } from "./PlanItem.js";
import { planApi } from "./plan-api.js";
import { takePlanned } from "./planned-elsewhere.js";
import { actionOn, ideaHint, plannedWords } from "./step-words.js";

// Below the week, and asked for once the ideas are in (PlanMoreSections.tsx).
const PlanMoreSections = lazy(() =>
  import("./PlanMoreSections.js").then((m) => ({ default: m.PlanMoreSections })),
);

const TODAY_HEADING = "today-heading";

/** What the status line says once a step is planned, here or on another screen. */
function plannedOn(plan: PlanView, today: string): string {
  return plannedWords(plan.activity?.title, dayLabel(plan.date, today).toLowerCase());
}

/**
 * An idea's small print: its first step and how long it takes, or only how long when the first
 * step is the title again (an activity made from a thought record), as the calendar feed does.
 */
function ideaHintOf(activity: Pick<ActivityView, "title" | "firstStep" | "minutes">): string {
  return ideaHint(firstStepBeyondTitle(activity), activity.minutes);
}

/** Plan: small steps that fit today, a week plan, routine anchors and a calendar. */
export default function PlanScreen() {
  const today = localDateOf(new Date());
  const [energy, setEnergy] = useState<OneTapEnergy | null>(null);
  const [suggestions, setSuggestions] = useState<Suggestions | null>(null);
  const [plans, setPlans] = useState<PlanView[] | null>(null);
  const [forecast, setForecast] = useState<Forecast | null>(null);
  const [problem, setProblem] = useState("");
  const [planning, setPlanning] = useState<Pickable | null>(null);
  const [status, setStatus] = useState("");
  const focusAfterRender = useFocusAfterRender();

  useEffect(() => {
    let current = true;
    planApi.suggestions(energyNumber(energy)).then(
      (answer) => {
        if (current) setSuggestions(answer);
      },
      (error: unknown) => {
        if (current) setProblem(messageOf(error));
      },
    );
    return () => {
      current = false;
    };
  }, [energy]);

  // After an activity is added, changed or hidden, today's ideas are asked for again, so a
  // hidden one leaves the list straight away.
  const reloadSuggestions = useCallback(async () => {
    try {
      setSuggestions(await planApi.suggestions(energyNumber(energy)));
    } catch (error) {
      setProblem(messageOf(error));
    }
  }, [energy]);

  const reloadPlans = useCallback(async () => {
    try {
      const [list, gap] = await Promise.all([planApi.plans(), planApi.forecast()]);
      setPlans(list.plans);
      setForecast(gap);
    } catch (error) {
      setProblem(messageOf(error));
    }
  }, []);
  useEffect(() => {
    // A step planned on another screen is said and focused once the week holds it, as below.
    const planned = takePlanned();
    void reloadPlans().then(() => {
      if (planned === null) return;
      setStatus(plannedOn(planned, localDateOf(new Date())));
      focusAfterRender(planHeadingId(planned));
    });
  }, [reloadPlans, focusAfterRender]);

  // Once true, stays true: the ideas are never taken back, only replaced, and a problem stays.
  const ideasSettled = suggestions !== null || problem !== "";

  const fromCheckin = suggestions?.energy.from === "check-in" && energy === null;
  // Until the person picks, the ideas use the check-in's energy, so that level shows as chosen.
  const checkinEnergy = fromCheckin ? (suggestions?.energy.value ?? null) : null;
  const shownEnergy = energy ?? (checkinEnergy === null ? null : oneTapFor(checkinEnergy));
  return (
    <div className="screen">
      <ScreenHeading title="Plan">Plan a small step</ScreenHeading>
      <p>Doing comes before feeling better. Pick something small, and let it be enough.</p>
      <FormProblem message={problem} />

      <section aria-labelledby="today-heading">
        <h2 id={TODAY_HEADING} tabIndex={-1}>
          Ideas for today
        </h2>
        <EnergyPicker
          name="plan-energy"
          value={shownEnergy}
          onChange={setEnergy}
          // Always a line, drawn with the screen's frame and only reworded when the ideas
          // arrive: nothing below moves, and the screen's largest words do not wait on the
          // network to paint (issue 13).
          note={
            energy !== null
              ? "The ideas below follow what you picked."
              : suggestions === null
                ? "Looking at today's check-in for your energy…"
                : checkinEnergy === null
                  ? "Pick the one closest to today. The ideas below follow it."
                  : `Using the energy from today's check-in (${checkinEnergy} out of 10). Pick another if today feels different.`
          }
        />
        {/* Until the ideas arrive, their line and three cards' room are held, so the week's plan
            below is not pushed down the screen when they do. */}
        {suggestions === null ? <p className="hint plan-ideas-hint">Finding ideas…</p> : null}
        {suggestions === null ? (
          <ul className="card-list" aria-hidden="true">
            <li className="card card-pending" />
            <li className="card card-pending" />
            <li className="card card-pending" />
          </ul>
        ) : null}
        <ul className="card-list" aria-label="Suggestions" hidden={suggestions === null}>
          {suggestions?.suggestions.map((s) => (
            <li key={s.activity.id} className="card">
              <h3>{s.activity.title}</h3>
              <p>{s.reason}</p>
              <p className="hint">{ideaHintOf(s.activity)}</p>
              <button
                type="button"
                className="secondary"
                aria-label={actionOn("Plan this", s.activity.title)}
                onClick={() => setPlanning(s.activity)}
              >
                Plan this
              </button>
            </li>
          ))}
        </ul>
        {planning ? (
          <PlanForm
            key={planning.id}
            activity={planning}
            today={today}
            onCancel={() => {
              setPlanning(null);
              focusAfterRender(TODAY_HEADING);
            }}
            onPlanned={async (plan) => {
              setPlanning(null);
              setStatus(plannedOn(plan, today));
              await reloadPlans();
              // The form is gone; the keyboard goes on from the step just planned, in the week.
              focusAfterRender(planHeadingId(plan), TODAY_HEADING);
            }}
          />
        ) : null}
        <p role="status" className="hint">
          {status}
        </p>
      </section>

      <section aria-labelledby="week-heading">
        <h2 id="week-heading">This week</h2>
        {plans === null ? <p>Getting your plan…</p> : null}
        {plans !== null && plans.length === 0 ? (
          <p>Nothing planned yet. One small step is a fine place to start.</p>
        ) : null}
        <ul className="card-list" aria-label="Your plan">
          {plans?.map((plan) => (
            <PlanItem
              key={plan.id}
              plan={plan}
              today={today}
              onChanged={reloadPlans}
              onTimeSaved={async (words) => {
                setStatus(words);
                await reloadPlans();
              }}
              onSaid={setStatus}
              onPickSmaller={(activity) => setPlanning(activity)}
            />
          ))}
        </ul>
      </section>

      {forecast?.status === "ready" ? (
        <section aria-labelledby="forecast-heading">
          <h2 id="forecast-heading">What you expected and how it felt</h2>
          <p>{forecast.summary}</p>
          <ul>
            {forecast.byArea.map((area) => (
              <li key={area.area}>{area.sentence}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {/* Once the ideas are in (or could not be had) and painted: below everything, so
          nothing moves, and their file and requests come after the screen's largest paint. */}
      {ideasSettled ? (
        <AfterPaint>
          <Suspense fallback={null}>
            <PlanMoreSections
              today={today}
              onActivitiesChanged={reloadSuggestions}
              onPlan={(activity) => setPlanning(activity)}
            />
          </Suspense>
        </AfterPaint>
      ) : null}
    </div>
  );
}
