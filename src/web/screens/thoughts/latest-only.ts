/** Why a call was dropped unanswered: a newer one took its place, or its caller moved on. */
export class Superseded extends Error {
  constructor() {
    super("superseded by a newer call");
    this.name = "Superseded";
  }
}

interface Waiting<In, Out> {
  input: In;
  resolve: (output: Out) => void;
  reject: (reason: Error) => void;
}

/**
 * Runs `run` on one input at a time, and while one runs keeps only the newest input to run next:
 * a thought is looked at again at every pause in typing, and on a slow phone a long one takes
 * the detector longer than a pause, so each edit queued behind the last and the suggestions fell
 * further behind what the person had written. An input replaced while it waits, or whose caller
 * aborts its `signal` (it moved on), is never run, and its promise rejects with `Superseded`.
 * One already running cannot be stopped: its answer comes, and its caller decides what to do.
 */
export function latestOnly<In, Out>(
  run: (input: In) => Promise<Out>,
): (input: In, signal?: AbortSignal) => Promise<Out> {
  let running = false;
  let next: Waiting<In, Out> | undefined;

  const start = (call: Waiting<In, Out>): void => {
    running = true;
    const settled = (): void => {
      running = false;
      const waiting = next;
      next = undefined;
      if (waiting) start(waiting);
    };
    let answer: Promise<Out>;
    try {
      answer = run(call.input);
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer.then(
      (output) => {
        call.resolve(output);
        settled();
      },
      (error: unknown) => {
        call.reject(error instanceof Error ? error : new Error(String(error)));
        settled();
      },
    );
  };

  return (input, signal) =>
    new Promise<Out>((resolve, reject) => {
      if (signal?.aborted) {
        reject(new Superseded());
        return;
      }
      const call: Waiting<In, Out> = { input, resolve, reject };
      if (!running) {
        start(call);
        return;
      }
      next?.reject(new Superseded());
      next = call;
      signal?.addEventListener(
        "abort",
        () => {
          if (next !== call) return;
          next = undefined;
          reject(new Superseded());
        },
        { once: true },
      );
    });
}
