import { describe, expect, it } from "vitest";
import { latestOnly, Superseded } from "./latest-only.js";

/** A slow check that holds each input until the test lets it finish, as a busy worker does. */
function heldCheck() {
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  const run = (input: string) =>
    new Promise<string>((resolve) => {
      started.push(input);
      finish.set(input, () => resolve(input.toUpperCase()));
    });
  const done = async (input: string) => {
    const letGo = finish.get(input);
    if (!letGo) throw new Error(`${input} was never started`);
    letGo();
    // Lets the answer, and the start of whatever waits behind it, go through.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { started, run, done };
}

describe("latestOnly", () => {
  it("checks only the newest input next while one runs, and drops the ones between", async () => {
    const held = heldCheck();
    const check = latestOnly(held.run);
    const first = check("a");
    const between = check("ab");
    const newest = check("abc");
    expect(held.started).toEqual(["a"]);
    await expect(between).rejects.toBeInstanceOf(Superseded);
    await held.done("a");
    await expect(first).resolves.toBe("A");
    expect(held.started).toEqual(["a", "abc"]);
    await held.done("abc");
    await expect(newest).resolves.toBe("ABC");
    expect(held.started).toEqual(["a", "abc"]);
  });

  it("never starts a waiting input whose caller moved on", async () => {
    const held = heldCheck();
    const check = latestOnly(held.run);
    const first = check("a");
    const moved = new AbortController();
    const waiting = check("ab", moved.signal);
    moved.abort();
    await expect(waiting).rejects.toBeInstanceOf(Superseded);
    await held.done("a");
    await expect(first).resolves.toBe("A");
    expect(held.started).toEqual(["a"]);
    // And the next call starts straight away, with nothing left running.
    const later = check("abcd");
    expect(held.started).toEqual(["a", "abcd"]);
    await held.done("abcd");
    await expect(later).resolves.toBe("ABCD");
  });

  it("starts each input at once when nothing runs, and keeps going after a failure", async () => {
    let calls = 0;
    const check = latestOnly(async (input: string) => {
      calls += 1;
      if (input === "") throw new Error("nothing to check");
      return input.length;
    });
    await expect(check("")).rejects.toThrow("nothing to check");
    await expect(check("four")).resolves.toBe(4);
    expect(calls).toBe(2);
  });
});
