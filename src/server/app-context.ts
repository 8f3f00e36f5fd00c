import type { Store } from "./db/database.js";

/** What every feature needs from the outside world, passed in so tests can freeze time and ids. */
export interface AppContext {
  store: Store;
  now: () => Date;
  newId: () => string;
}
