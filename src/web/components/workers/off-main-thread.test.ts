import { describe, expect, it } from "vitest";
import {
  offMainThread,
  type WorkerAnswer,
  type WorkerCall,
  type WorkerLike,
} from "./off-main-thread.js";

/**
 * A worker that holds each call until the test answers it, running `run` as the real worker's
 * `serveCalls` would, so answers can come back in any order.
 */
class HeldWorker implements WorkerLike {
  readonly calls: WorkerCall<unknown>[] = [];
  terminated = false;
  private readonly onMessage: ((event: MessageEvent) => void)[] = [];
  private readonly onError: ((event: Event) => void)[] = [];

  constructor(private readonly run: (input: string) => string) {}

  postMessage(message: WorkerCall<unknown>): void {
    this.calls.push(message);
  }

  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  addEventListener(type: "error", listener: (event: Event) => void): void;
  addEventListener(
    type: "message" | "error",
    listener: ((event: MessageEvent) => void) & ((event: Event) => void),
  ): void {
    if (type === "message") this.onMessage.push(listener);
    else this.onError.push(listener);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers the `index`-th call, as the worker would. */
  answer(index: number): void {
    const call = this.calls[index];
    if (!call) throw new Error(`no call ${index}`);
    let data: WorkerAnswer<string>;
    try {
      data = { id: call.id, output: this.run(String(call.input)) };
    } catch (error) {
      data = { id: call.id, error: (error as Error).message };
    }
    for (const listener of this.onMessage) listener(new MessageEvent("message", { data }));
  }

  /** Fails as a worker whose script cannot load does. */
  fail(): void {
    for (const listener of this.onError) listener(new Event("error", { cancelable: true }));
  }
}

const shout = (text: string) => {
  if (text === "") throw new Error("nothing to shout");
  return text.toUpperCase();
};

describe("offMainThread", () => {
  it("answers each call with its own result, whatever order the worker answers in", async () => {
    const worker = new HeldWorker(shout);
    const check = offMainThread<string, string>({
      start: () => worker,
      here: () => Promise.reject(new Error("not used")),
    });
    const first = check.call("one");
    const second = check.call("two");
    worker.answer(1);
    worker.answer(0);
    await expect(first).resolves.toBe("ONE");
    await expect(second).resolves.toBe("TWO");
  });

  it("starts one worker, on the first call or when warmed", async () => {
    let started = 0;
    const worker = new HeldWorker(shout);
    const check = offMainThread<string, string>({
      start: () => {
        started += 1;
        return worker;
      },
      here: () => Promise.reject(new Error("not used")),
    });
    expect(started).toBe(0);
    check.warm();
    expect(started).toBe(1);
    const answer = check.call("a");
    check.call("b").catch(() => undefined);
    expect(started).toBe(1);
    worker.answer(0);
    await expect(answer).resolves.toBe("A");
  });

  it("rejects a call the function threw on, and keeps answering others", async () => {
    const worker = new HeldWorker(shout);
    const check = offMainThread<string, string>({
      start: () => worker,
      here: () => Promise.reject(new Error("not used")),
    });
    const bad = check.call("");
    const good = check.call("fine");
    worker.answer(0);
    worker.answer(1);
    await expect(bad).rejects.toThrow("nothing to shout");
    await expect(good).resolves.toBe("FINE");
  });

  it("runs the function here when the worker fails, calls already waiting included", async () => {
    const worker = new HeldWorker(shout);
    let loadedHere = 0;
    const check = offMainThread<string, string>({
      start: () => worker,
      here: async () => {
        loadedHere += 1;
        return (text: string) => `here: ${shout(text)}`;
      },
    });
    const waiting = check.call("waiting");
    worker.fail();
    expect(worker.terminated).toBe(true);
    await expect(waiting).resolves.toBe("here: WAITING");
    await expect(check.call("later")).resolves.toBe("here: LATER");
    // The worker is not asked again, and the function is loaded here once.
    expect(worker.calls).toHaveLength(1);
    expect(loadedHere).toBe(1);
  });

  it("runs the function here when no worker can start, and tries loading it again after a failure", async () => {
    let attempts = 0;
    const check = offMainThread<string, string>({
      start: () => {
        throw new Error("Worker is not defined");
      },
      here: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error("offline");
        return shout;
      },
    });
    await expect(check.call("x")).rejects.toThrow("offline");
    await expect(check.call("x")).resolves.toBe("X");
    expect(attempts).toBe(2);
  });
});
