/**
 * Calls made in one turn of the event loop, answered together: `run` receives every input
 * gathered in the turn, in order, and answers each in the same order. For a read on nearly
 * every request (the session lookup on PostgreSQL), where the round trip and its bookkeeping
 * cost far more than the row: under load, the requests read from the network in one turn share
 * one statement instead of sending one each.
 *
 * A call is sent in the turn it is made (at the end of it, once the turn's other calls have
 * joined), never held for a later one, and never answered from a statement sent before it was
 * made: whatever decides its answer is read after it was asked.
 */
export function batchPerTurn<I, O>(
  run: (inputs: I[]) => Promise<O[]>,
  maxBatch = 100,
): (input: I) => Promise<O> {
  type Waiting = { input: I; resolve: (output: O) => void; reject: (error: unknown) => void };
  let waiting: Waiting[] = [];

  async function answer(part: Waiting[]): Promise<void> {
    try {
      const outputs = await run(part.map((w) => w.input));
      if (outputs.length !== part.length) {
        throw new Error(`expected ${part.length} answers, got ${outputs.length}`);
      }
      part.forEach((w, i) => {
        w.resolve(outputs[i] as O);
      });
    } catch (error) {
      for (const w of part) w.reject(error);
    }
  }

  function flush(): void {
    const batch = waiting;
    waiting = [];
    for (let start = 0; start < batch.length; start += maxBatch) {
      void answer(batch.slice(start, start + maxBatch));
    }
  }

  return (input) =>
    new Promise<O>((resolve, reject) => {
      // setImmediate runs after the turn's network events and their promise jobs.
      if (waiting.length === 0) setImmediate(flush);
      waiting.push({ input, resolve, reject });
    });
}
