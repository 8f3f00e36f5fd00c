import { afterEach, describe, expect, it, vi } from "vitest";
import { requestStarted, whenNoRequestsInFlight } from "./in-flight.js";

describe("waiting for the app's requests to be answered", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("runs at once when nothing is on its way", () => {
    const task = vi.fn();
    whenNoRequestsInFlight(task, 1000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("waits for the last of several answers, and runs once", () => {
    const task = vi.fn();
    const first = requestStarted();
    const second = requestStarted();
    whenNoRequestsInFlight(task, 60_000);
    first();
    first(); // answered twice counts once: the other is still on its way
    expect(task).not.toHaveBeenCalled();
    second();
    expect(task).toHaveBeenCalledTimes(1);
    requestStarted()();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("stops waiting after its limit, so a hanging request never holds it back for good", () => {
    vi.useFakeTimers();
    const task = vi.fn();
    const hanging = requestStarted();
    whenNoRequestsInFlight(task, 20_000);
    vi.advanceTimersByTime(19_999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    hanging();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("does nothing once cancelled", () => {
    vi.useFakeTimers();
    const task = vi.fn();
    const answered = requestStarted();
    const cancel = whenNoRequestsInFlight(task, 20_000);
    cancel();
    answered();
    vi.advanceTimersByTime(30_000);
    expect(task).not.toHaveBeenCalled();
  });
});
