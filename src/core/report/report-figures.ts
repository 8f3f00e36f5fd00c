import { phq9, scorePhq9 } from "../assessments/phq9.js";
import { scoreUcla3 } from "../assessments/ucla3.js";
import { addDays, type LocalDate, mondayOf } from "../dates/local-date.js";
import type { ExportDocument } from "../export/export-document.schema.js";
import { catalogue } from "../plan/catalogue.js";
import { type ForecastGap, forecastGap } from "../plan/forecast-gap.js";
import { safetyPlanSteps } from "../safety-plan/safety-plan.schema.js";
import type { TrapId } from "../traps/trap-ids.js";
import { trapInfo } from "../traps/trap-info.js";
import type { ReportQuery } from "./report-query.schema.js";

/** How many thinking traps the report lists: the few that come up most are what helps a talk. */
export const REPORT_TOP_TRAPS = 5;

export interface QuestionnaireTotal {
  readonly date: LocalDate;
  readonly total: number;
}

export interface Phq9Total extends QuestionnaireTotal {
  /** The answer to item 9 (0–3), shown plainly and never summarised away. */
  readonly item9: number;
  readonly item9Words: string;
}

export interface Averages {
  /** Days in the period with a check-in. */
  readonly days: number;
  readonly mood: number | null;
  readonly energy: number | null;
  readonly enjoyment: number | null;
  readonly sleepHours: number | null;
  /** Connections per checked-in day. */
  readonly connections: number | null;
}

export interface WeekFigures {
  /** The Monday the week starts on. */
  readonly weekStart: LocalDate;
  readonly days: number;
  readonly mood: number | null;
  readonly energy: number | null;
  /** Connections per checked-in day that week. */
  readonly connections: number | null;
}

export interface ReportFigures {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly phq9: readonly Phq9Total[];
  readonly ucla3: readonly QuestionnaireTotal[];
  readonly averages: Averages;
  readonly weeks: readonly WeekFigures[];
  readonly activities: {
    readonly planned: number;
    readonly done: number;
    readonly letGo: number;
    readonly forecast: ForecastGap;
  };
  readonly traps: readonly { readonly id: TrapId; readonly name: string; readonly count: number }[];
  readonly hasSafetyPlan: boolean;
  /** Only when the person ticked them; otherwise empty. */
  readonly notes: readonly { readonly date: LocalDate; readonly text: string }[];
  readonly thoughts: readonly {
    readonly date: LocalDate;
    readonly thought: string;
    readonly balancedThought: string | null;
  }[];
}

/** The parts of a person's export that a report is made from. */
export type ReportSource = Pick<
  ExportDocument,
  "checkins" | "assessments" | "plans" | "thoughts" | "activities" | "safetyPlan"
>;

const round1 = (value: number) => Math.round(value * 10) / 10;

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return round1(values.reduce((sum, value) => sum + value, 0) / values.length);
}

const present = (value: number | undefined): value is number => value !== undefined;

/** The calendar day of an instant kept in UTC: the server knows no one's time zone. */
const dayOf = (instant: string): LocalDate => instant.slice(0, 10);

type Checkins = ExportDocument["checkins"];

function averagesOf(checkins: Checkins): Averages {
  return {
    days: checkins.length,
    mood: mean(checkins.map((c) => c.mood)),
    energy: mean(checkins.map((c) => c.energy).filter(present)),
    enjoyment: mean(checkins.map((c) => c.enjoyment).filter(present)),
    sleepHours: mean(checkins.map((c) => c.sleepHours).filter(present)),
    connections: mean(checkins.map((c) => c.connections?.length ?? 0)),
  };
}

function weeksOf(checkins: Checkins, from: LocalDate, to: LocalDate): WeekFigures[] {
  const byWeek = new Map<LocalDate, Checkins[number][]>();
  for (const checkin of checkins) {
    const week = mondayOf(checkin.date);
    const days = byWeek.get(week);
    if (days) days.push(checkin);
    else byWeek.set(week, [checkin]);
  }
  const weeks: WeekFigures[] = [];
  for (let week = mondayOf(from); week <= to; week = addDays(week, 7)) {
    const days = byWeek.get(week) ?? [];
    const averages = averagesOf(days);
    weeks.push({
      weekStart: week,
      days: days.length,
      mood: averages.mood,
      energy: averages.energy,
      connections: averages.connections,
    });
  }
  return weeks;
}

function trapsOf(thoughts: ExportDocument["thoughts"]): ReportFigures["traps"] {
  const counts = new Map<TrapId, number>();
  for (const thought of thoughts) {
    for (const trap of thought.keptTraps) counts.set(trap, (counts.get(trap) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .slice(0, REPORT_TOP_TRAPS)
    .map(([id, count]) => ({ id, name: trapInfo[id].name, count }));
}

/**
 * The figures of the clinician report for one period, from one person's export or the parts of
 * it the report reads. Pure, so the PDF only draws what is worked out and tested here. Scores
 * come from the same scoring the app uses, and the forecast gap from the Plan screen's own
 * function. The period is kept here too, so a whole export gives the same figures.
 */
export function reportFigures(doc: ReportSource, query: ReportQuery): ReportFigures {
  const { from, to } = query;
  const within = (date: LocalDate) => date >= from && date <= to;

  const checkins = doc.checkins
    .filter((checkin) => within(checkin.date))
    .sort((a, b) => a.date.localeCompare(b.date));
  const assessments = doc.assessments
    .filter((assessment) => within(dayOf(assessment.takenAt)))
    .sort((a, b) => a.takenAt.localeCompare(b.takenAt));

  const phq9Totals: Phq9Total[] = [];
  const ucla3Totals: QuestionnaireTotal[] = [];
  for (const assessment of assessments) {
    const date = dayOf(assessment.takenAt);
    if (assessment.instrument === "phq9") {
      const item9 = assessment.answers[8] ?? 0;
      const words = phq9.choices.find((choice) => choice.value === item9)?.label ?? String(item9);
      phq9Totals.push({
        date,
        total: scorePhq9(assessment.answers).score,
        item9,
        item9Words: words,
      });
    } else {
      ucla3Totals.push({ date, total: scoreUcla3(assessment.answers).score });
    }
  }

  const plans = doc.plans.filter((plan) => within(plan.date));
  const forecast = forecastGap(
    plans.map((plan) => ({
      activityId: plan.activityId,
      status: plan.status,
      predictedEnjoyment: plan.predictedEnjoyment,
      actualEnjoyment: plan.actualEnjoyment ?? undefined,
    })),
    [...catalogue, ...doc.activities],
  );

  const thoughts = doc.thoughts.filter((thought) => within(dayOf(thought.createdAt)));
  const plan = doc.safetyPlan;

  return {
    from,
    to,
    phq9: phq9Totals,
    ucla3: ucla3Totals,
    averages: averagesOf(checkins),
    weeks: weeksOf(checkins, from, to),
    activities: {
      planned: plans.length,
      done: plans.filter((p) => p.status === "done").length,
      letGo: plans.filter((p) => p.status === "let-go").length,
      forecast,
    },
    traps: trapsOf(thoughts),
    hasSafetyPlan: plan !== null && safetyPlanSteps.some((step) => plan[step].length > 0),
    notes:
      query.includeNotes === "1"
        ? checkins.flatMap((c) => (c.note?.trim() ? [{ date: c.date, text: c.note }] : []))
        : [],
    thoughts:
      query.includeThoughts === "1"
        ? thoughts.map((t) => ({
            date: dayOf(t.createdAt),
            thought: t.thought,
            balancedThought: t.balancedThought,
          }))
        : [],
  };
}
