/** One call to a worker, matched to its answer by `id`. */
export interface WorkerCall<In> {
  id: number;
  input: In;
}

/** The worker's answer to one call: what the function gave, or what it threw. */
export type WorkerAnswer<Out> = { id: number; output: Out } | { id: number; error: string };

/** What is used of a `Worker`, so the rules below can be tested without a browser. */
export interface WorkerLike {
  postMessage(message: WorkerCall<unknown>): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  addEventListener(type: "error", listener: (event: Event) => void): void;
  terminate(): void;
}

export interface OffMainThread<In, Out> {
  /** Runs the function on `input` in the worker, started on first use. */
  call(input: In): Promise<Out>;
  /** Starts the worker ahead of the first call, so its code is loaded by then. */
  warm(): void;
}

interface Waiting<In, Out> {
  input: In;
  resolve: (output: Out) => void;
  reject: (reason: Error) => void;
}

/**
 * A pure function that takes long to load or to run (the crisis-language rules, the trap
 * model), run in a dedicated worker so the screen never waits on it: a long task on the main
 * thread is a screen that cannot answer a tap. When no worker can start (no `Worker`, or its
 * script fails to load or to run), the same function is loaded here instead, calls waiting at
 * that moment included: a slower screen is better than a check that never answers, and for the
 * crisis check a miss is far worse than a wait.
 */
export function offMainThread<In, Out>(options: {
  start: () => WorkerLike;
  here: () => Promise<(input: In) => Out>;
}): OffMainThread<In, Out> {
  let worker: WorkerLike | undefined;
  let broken = false;
  let next = 0;
  const waiting = new Map<number, Waiting<In, Out>>();
  let hereFunction: Promise<(input: In) => Out> | undefined;

  const runHere = (input: In): Promise<Out> => {
    // A failed load is forgotten, so the next call tries again.
    hereFunction ??= options.here().catch((error: unknown) => {
      hereFunction = undefined;
      throw error;
    });
    return hereFunction.then((run) => run(input));
  };

  const giveUp = (): void => {
    broken = true;
    worker?.terminate();
    worker = undefined;
    const left = [...waiting.values()];
    waiting.clear();
    for (const call of left) runHere(call.input).then(call.resolve, call.reject);
  };

  const started = (): WorkerLike | undefined => {
    if (broken) return undefined;
    if (worker) return worker;
    try {
      worker = options.start();
    } catch {
      broken = true;
      return undefined;
    }
    worker.addEventListener("message", (event: MessageEvent) => {
      const answer = event.data as WorkerAnswer<Out>;
      const call = waiting.get(answer.id);
      if (!call) return;
      waiting.delete(answer.id);
      if ("error" in answer) call.reject(new Error(answer.error));
      else call.resolve(answer.output);
    });
    worker.addEventListener("error", (event: Event) => {
      // Handled here: the page carries on with the function run in it.
      event.preventDefault();
      giveUp();
    });
    return worker;
  };

  return {
    call(input) {
      const running = started();
      if (!running) return runHere(input);
      return new Promise<Out>((resolve, reject) => {
        next += 1;
        waiting.set(next, { input, resolve, reject });
        running.postMessage({ id: next, input });
      });
    },
    warm() {
      started();
    },
  };
}
