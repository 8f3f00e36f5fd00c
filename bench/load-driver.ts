import type { LocalDate } from "../src/core/dates/local-date.js";
import { mulberry32 } from "../src/core/insights/random.js";
import { send, type Target } from "./load-http.js";
import type { Member } from "./load-members.js";
import { type Call, type Screen, screenPicker } from "./load-mix.js";

export interface RunOptions {
  readonly targets: readonly Target[];
  readonly members: readonly Member[];
  readonly screens: readonly Screen[];
  readonly today: LocalDate;
  /** How many people are in the middle of a screen at once: the requests in flight. */
  readonly concurrency: number;
  readonly seconds: number;
  /** A bound on the whole run, whatever the time: no new request starts past it. */
  readonly maxRequests: number;
  readonly seed: number;
}

export interface RunResult {
  readonly seconds: number;
  readonly requests: number;
  /** Each route's latencies in milliseconds, in the order they came. */
  readonly latencies: ReadonlyMap<string, number[]>;
  /** Each route's failures, counted by what went wrong (a status and error code, or the error). */
  readonly errors: ReadonlyMap<string, Map<string, number>>;
}

function errorCodeOf(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === "object" && parsed !== null && "error" in parsed) {
      const { error } = parsed as { error: { code?: unknown } };
      return String(error.code);
    }
  } catch {
    // Not JSON: the status says enough.
  }
  return "";
}

/**
 * Closed-loop load: `concurrency` workers, each taking the member who has waited longest, doing
 * one screen as that member (its requests one after another, as the app sends them) and putting
 * the member back at the end of the line. So no member is on two screens at once, all members
 * take turns, and at most `concurrency` requests are in flight (never more than there are
 * members). Requests go to the processes in
 * turn, one after another, as a proxy without sticky sessions sends them. Latency is from
 * sending a request to having read all of its answer.
 */
export async function drive(options: RunOptions): Promise<RunResult> {
  const random = mulberry32(options.seed);
  const nextScreen = screenPicker(options.screens);
  const line = [...options.members];
  const latencies = new Map<string, number[]>();
  const errors = new Map<string, Map<string, number>>();
  let requests = 0;
  let turn = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const over = () => performance.now() >= deadline || requests >= options.maxRequests;

  const fail = (route: string, what: string) => {
    const byWhat = errors.get(route) ?? new Map<string, number>();
    byWhat.set(what, (byWhat.get(what) ?? 0) + 1);
    errors.set(route, byWhat);
  };

  const callAs =
    (member: Member): Call =>
    async (route, method, path, body) => {
      if (over()) return null;
      requests++;
      const target = options.targets[turn++ % options.targets.length];
      if (!target) throw new Error("no process to send to");
      const sent = performance.now();
      try {
        const answer = await send(target, method, path, {
          cookie: member.cookie,
          localDate: options.today,
          body,
        });
        const took = performance.now() - sent;
        const times = latencies.get(route) ?? [];
        times.push(took);
        latencies.set(route, times);
        if (answer.status >= 200 && answer.status < 300) return answer;
        fail(route, `${answer.status} ${errorCodeOf(answer.body)}`.trim());
        return null;
      } catch (error) {
        fail(route, error instanceof Error ? error.message : String(error));
        return null;
      }
    };

  const worker = async () => {
    while (!over()) {
      const member = line.shift();
      if (!member) return;
      try {
        await nextScreen(random).run(callAs(member), options.today, random);
      } finally {
        line.push(member);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { seconds: (performance.now() - started) / 1000, requests, latencies, errors };
}

/** The value below which a share `q` of the values lies (nearest rank). */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}
