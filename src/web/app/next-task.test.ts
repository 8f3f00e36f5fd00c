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

/** A page's visibility and its change event, as much of `document` as afterPaint reads. */
function fakeDocument(visibilityState: "visible" | "hidden") {
  const listeners = new Set<() => void>();
  const page = {
    visibilityState,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    hide() {
      page.visibilityState = "hidden";
      for (const listener of [...listeners]) listener();
    },
  };
  vi.stubGlobal("document", page);
  return page;
}

/** The frame callbacks asked for, to be run when the test draws a frame. */
function fakeFrames() {
  const callbacks: (() => void)[] = [];
  vi.stubGlobal("requestAnimationFrame", (callback: () => void) => callbacks.push(callback));
  return () => {
    for (const callback of callbacks.splice(0)) callback();
  };
}

function watch(promise: Promise<void>) {
  const state = { resolved: false };
  void promise.then(() => {
    state.resolved = true;
  });
  return state;
}

describe("afterPaint", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("resolves in a task after the next frame, not before it", async () => {
    vi.useFakeTimers();
    fakeDocument("visible");
    const drawFrame = fakeFrames();
    const waiting = watch(afterPaint());
    await vi.advanceTimersByTimeAsync(500);
    expect(waiting.resolved).toBe(false);
    drawFrame();
    expect(waiting.resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(waiting.resolved).toBe(true);
  });

  it("does not wait in a hidden tab, which draws no frames", async () => {
    vi.useFakeTimers();
    fakeDocument("hidden");
    fakeFrames();
    const waiting = watch(afterPaint());
    await vi.advanceTimersByTimeAsync(0);
    expect(waiting.resolved).toBe(true);
  });

  it("stops waiting when the tab is hidden meanwhile", async () => {
    vi.useFakeTimers();
    const page = fakeDocument("visible");
    fakeFrames();
    const waiting = watch(afterPaint());
    await vi.advanceTimersByTimeAsync(10);
    expect(waiting.resolved).toBe(false);
    page.hide();
    await vi.advanceTimersByTimeAsync(0);
    expect(waiting.resolved).toBe(true);
  });

  it("waits at most a second on a visible page whose frames are starved", async () => {
    vi.useFakeTimers();
    fakeDocument("visible");
    fakeFrames();
    const waiting = watch(afterPaint());
    await vi.advanceTimersByTimeAsync(999);
    expect(waiting.resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(waiting.resolved).toBe(true);
  });
});
