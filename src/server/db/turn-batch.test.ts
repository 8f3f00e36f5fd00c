import { describe, expect, it } from "vitest";
import { batchPerTurn } from "./turn-batch.js";

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("batchPerTurn", () => {
  it("answers the calls of one turn with one run, each with its own answer", async () => {
    const runs: number[][] = [];
    const double = batchPerTurn(async (inputs: number[]) => {
      runs.push(inputs);
      return inputs.map((n) => n * 2);
    });
    const answers = await Promise.all([double(1), double(2), double(3)]);
    expect(answers).toEqual([2, 4, 6]);
    expect(runs).toEqual([[1, 2, 3]]);
  });

  it("never answers a call from a run sent before it was made", async () => {
    const runs: number[][] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const echo = batchPerTurn(async (inputs: number[]) => {
      runs.push(inputs);
      await held;
      return inputs;
    });
    const first = echo(1);
    await nextTurn();
    // The first run is on its way; a call made now goes in a run of its own.
    const second = echo(2);
    release();
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(runs).toEqual([[1], [2]]);
  });

  it("splits a large turn into runs of at most the given size", async () => {
    const runs: number[][] = [];
    const echo = batchPerTurn(async (inputs: number[]) => {
      runs.push(inputs);
      return inputs;
    }, 2);
    expect(await Promise.all([echo(1), echo(2), echo(3)])).toEqual([1, 2, 3]);
    expect(runs).toEqual([[1, 2], [3]]);
  });

  it("rejects every call of a run that fails, and answers later calls again", async () => {
    let fail = true;
    const echo = batchPerTurn(async (inputs: number[]) => {
      if (fail) throw new Error("database unavailable");
      return inputs;
    });
    const failed = await Promise.allSettled([echo(1), echo(2)]);
    expect(failed.map((f) => f.status)).toEqual(["rejected", "rejected"]);
    fail = false;
    expect(await echo(3)).toBe(3);
  });

  it("rejects a run that answers a different number of calls", async () => {
    const short = batchPerTurn(async (inputs: number[]) => inputs.slice(1));
    await expect(Promise.all([short(1), short(2)])).rejects.toThrow(/expected 2 answers/);
  });
});
