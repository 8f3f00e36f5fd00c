import type { AppContext } from "../../src/server/app-context.js";
import type { Store } from "../../src/server/db/database.js";

export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
  set(iso: string): void;
}

/** A clock that moves only when a test moves it. */
export function frozenClock(start = "2026-11-29T12:00:00.000Z"): TestClock {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance(ms) {
      t += ms;
    },
    set(iso) {
      t = Date.parse(iso);
    },
  };
}

/** Ids that read well in failures and are the same on every run. */
export function sequentialIds(prefix = "id"): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}-${String(n).padStart(6, "0")}`;
  };
}

export function testContext(
  store: Store,
  clock = frozenClock(),
): AppContext & { clock: TestClock } {
  return { store, now: clock.now, newId: sequentialIds(), clock };
}
