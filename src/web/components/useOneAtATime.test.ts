import { describe, expect, it } from "vitest";
import { oneAtATime } from "./useOneAtATime.js";

/** A task that ends when the test says, as a save on a slow connection would. */
function held() {
  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  const answered = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  let started = 0;
  const task = () => {
    started += 1;
    return answered;
  };
  return {
    task,
    started: () => started,
    resolve: () => settle?.resolve(),
    reject: (error: Error) => settle?.reject(error),
  };
}

function gateWithBusy() {
  const busy: boolean[] = [];
  return { gate: oneAtATime((now) => busy.push(now)), busy };
}

describe("one run at a time", () => {
  it("starts nothing while a run is on its way, then starts again once it has ended", async () => {
    const { gate, busy } = gateWithBusy();
    const save = held();
    const first = gate.run(save.task);
    expect(gate.running()).toBe(true);
    expect(busy).toEqual([true]);

    // The second tap, before the first is answered: not started, and busy is left alone.
    await expect(gate.run(save.task)).resolves.toBe(false);
    expect(save.started()).toBe(1);
    expect(busy).toEqual([true]);

    save.resolve();
    await expect(first).resolves.toBe(true);
    expect(gate.running()).toBe(false);
    expect(busy).toEqual([true, false]);

    const again = held();
    const next = gate.run(again.task);
    expect(again.started()).toBe(1);
    again.resolve();
    await expect(next).resolves.toBe(true);
  });

  it("ends the run when the task fails, so the person can try again", async () => {
    const { gate, busy } = gateWithBusy();
    const save = held();
    const run = gate.run(save.task);
    save.reject(new Error("no answer"));
    await expect(run).rejects.toThrow("no answer");
    expect(gate.running()).toBe(false);
    expect(busy).toEqual([true, false]);
  });

  it("stays busy after a result that takes the person elsewhere, and only then", async () => {
    const { gate, busy } = gateWithBusy();
    const staysAfterSuccess = (succeeded: boolean) => succeeded;

    await gate.run(async () => false, staysAfterSuccess);
    expect(gate.running()).toBe(false);
    expect(busy).toEqual([true, false]);

    await gate.run(async () => true, staysAfterSuccess);
    expect(gate.running()).toBe(true);
    expect(busy).toEqual([true, false, true]);
    await expect(gate.run(async () => false)).resolves.toBe(false);
  });
});
