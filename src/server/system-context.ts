import { randomUUID } from "node:crypto";
import type { AppContext } from "./app-context.js";
import type { Store } from "./db/database.js";

/** The real clock and random ids; tests build their own context with frozen ones. */
export function systemContext(store: Store): AppContext {
  return { store, now: () => new Date(), newId: randomUUID };
}
