import type { WorkerAnswer, WorkerCall } from "./off-main-thread.js";

/**
 * The worker's side of `offMainThread`: answers each call with what `run` gives, or with what it
 * threw, so one bad input never leaves a call waiting.
 */
export function serveCalls<In, Out>(run: (input: In) => Out): void {
  globalThis.addEventListener("message", (event: MessageEvent<WorkerCall<In>>) => {
    const { id, input } = event.data;
    let answer: WorkerAnswer<Out>;
    try {
      answer = { id, output: run(input) };
    } catch (error) {
      answer = { id, error: error instanceof Error ? error.message : String(error) };
    }
    globalThis.postMessage(answer);
  });
}
