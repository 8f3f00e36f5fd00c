import { afterEach, describe, expect, it, vi } from "vitest";
import { afterPaint, nextTask } from "./next-task.js";

describe("nextTask", () => {
  it("resolves in a later task, after everything the current task still has queued", async () => {
    const order: string[] = [];
    const done = nextTask().then(() => order.push("later task"));
    queueMicrotask(() => order.push("this task"));
    Promise.resolve().then(() => Promise.resolve().then(() => order.push("this task, later on")));
    await done;
    expect(order).toEqual(["this task", "this task, later on", "later task"]);
  });
});

describe("afterPaint", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("resolves in a task after the next frame, not before it", async () => {
    vi.useFakeTimers();
    let drawFrame: (() => void) | undefined;
    vi.stubGlobal("requestAnimationFrame", (callback: () => void) => {
      drawFrame = callback;
      return 1;
    });
    let resolved = false;
    const done = afterPaint().then(() => {
      resolved = true;
    });
    await vi.advanceTimersByTimeAsync(50);
    expect(resolved).toBe(false);
    drawFrame?.();
    await vi.advanceTimersByTimeAsync(0);
    await done;
    expect(resolved).toBe(true);
  });

  it("does not wait forever where no frame is drawn (a hidden tab)", async () => {
    vi.useFakeTimers();
    vi.stubGlobal("requestAnimationFrame", () => 1);
    let resolved = false;
    void afterPaint().then(() => {
      resolved = true;
    });
    await vi.advanceTimersByTimeAsync(99);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(true);
  });
});
