/**
 * Work written as steps: a generator that yields wherever a caller may let other work run
 * before the next step (a server answering everyone on one thread does), and returns the
 * result. Run here to the end at once, as the browser and the tests run it.
 */
export type Steps<T> = Generator<void, T, void>;

/** The result of every step run at once, with nothing between them. */
export function finished<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
