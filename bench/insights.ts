import { availableParallelism, loadavg } from "node:os";
import { addDays } from "../src/core/dates/local-date.js";
import { computeInsights, type PlannedActivityInput } from "../src/core/insights/insights.js";
import { mulberry32 } from "../src/core/insights/random.js";
import { simulatePerson } from "../src/core/insights/simulated-person.fixture.js";

/**
 * All insights for ten years of daily data (3,650 check-ins, 5,000 planned activities), bootstrap
 * included, next to one plain pass over the same arrays. Median of several runs after a warm-up.
 */

const TARGET_MS = 50;
const DAYS = 3650;
const PLANNED = 5000;
const RUNS = 31;
const WARM_UP = 5;
const START = "2016-01-01";
const TODAY = addDays(START, DAYS - 1);
const AREAS = ["connection", "movement", "creative", "care", "outdoors", "chores"];

const { checkins } = simulatePerson({ seed: 2016, days: DAYS, start: START });
const random = mulberry32(7);
const activities: PlannedActivityInput[] = Array.from({ length: PLANNED }, (_, i) => {
  const done = random() < 0.7;
  const predicted = Math.floor(random() * 8);
  return {
    date: addDays(START, Math.floor((i * DAYS) / PLANNED)),
    area: AREAS[Math.floor(random() * AREAS.length)] ?? "care",
    done,
    ...(done && {
      predictedEnjoyment: predicted,
      actualEnjoyment: Math.min(10, predicted + Math.floor(random() * 4)),
    }),
  };
});

/**
 * Median wall-clock time, and median CPU time of this process: on a shared machine the two part
 * ways when other work takes the cores, and the CPU time shows what the code itself costs.
 */
function median(run: () => number): { ms: number; cpuMs: number; checksum: number } {
  let checksum = 0;
  for (let i = 0; i < WARM_UP; i += 1) checksum += run();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const startedCpu = process.cpuUsage();
    const started = performance.now();
    checksum += run();
    times.push(performance.now() - started);
    const used = process.cpuUsage(startedCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  const middle = (values: number[]) =>
    values.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN;
  return { ms: middle(times), cpuMs: middle(cpu), checksum };
}

const plain = median(() => {
  let total = 0;
  for (const checkin of checkins) total += checkin.mood + checkin.connections.length;
  for (const activity of activities) total += activity.done ? 1 : 0;
  return total;
});
const insights = median(() => {
  const result = computeInsights({ checkins, activities }, TODAY);
  return result.cycle.edges.length;
});

console.log(`insights: ${checkins.length} check-ins, ${activities.length} planned activities`);
console.log(`one plain pass: ${plain.ms.toFixed(3)} ms (median of ${RUNS})`);
console.log(
  `computeInsights: ${insights.ms.toFixed(1)} ms (median of ${RUNS}, 1,000 resamples per interval; ` +
    `CPU time ${insights.cpuMs.toFixed(1)} ms)  ` +
    `(target under ${TARGET_MS} ms: ${insights.ms < TARGET_MS ? "PASS" : "MISS"})`,
);
console.log(`machine load (1 min): ${loadavg()[0]?.toFixed(2)} on ${availableParallelism()} cores`);
