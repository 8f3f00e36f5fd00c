import { afterEach, describe, expect, it } from "vitest";
import { type PersonVersionCache, personVersionCache } from "./person-version-cache.js";

/** A load that counts how often it runs and answers what `answer` holds at that moment. */
function countedLoad(answer: { text: string }) {
  const counted = { loads: 0 };
  const load = async () => {
    counted.loads++;
    return answer.text;
  };
  return Object.assign(counted, { load });
}

describe("person version cache", () => {
  let clock = 0;
  let cache: PersonVersionCache<string> | undefined;
  const make = (budget = 100, maxAgeMs = 60_000) => {
    cache = personVersionCache<string>({
      weigh: (text) => text.length,
      budget,
      maxAgeMs,
      now: () => clock,
    });
    return cache;
  };
  afterEach(() => {
    cache?.close();
    clock = 0;
  });

  it("answers from memory while the version stands still, and reads again when it moves", async () => {
    const c = make();
    const answer = { text: "month at 1" };
    const counted = countedLoad(answer);
    expect(await c.read("sam 11", 1, counted.load)).toBe("month at 1");
    expect(await c.read("sam 11", 1, counted.load)).toBe("month at 1");
    expect(counted.loads).toBe(1);

    answer.text = "month at 2";
    expect(await c.read("sam 11", 2, counted.load)).toBe("month at 2");
    expect(counted.loads).toBe(2);
    // Another key of the same person is its own answer.
    expect(await c.read("sam 10", 2, counted.load)).toBe("month at 2");
    expect(counted.loads).toBe(3);
  });

  it("never answers an older version than the one asked for, even one it kept later", async () => {
    const c = make();
    const answer = { text: "new" };
    const counted = countedLoad(answer);
    await c.read("sam 11", 2, counted.load);
    answer.text = "newer";
    // A slow request that looked the counter up before the last write stores under version 1.
    await c.read("sam 11", 1, counted.load);
    expect(await c.read("sam 11", 2, counted.load)).toBe("newer");
    expect(counted.loads).toBe(3);
  });

  it("forgets an answer once it is older than its age limit, asked for or not", async () => {
    const c = make(100, 1_000);
    const counted = countedLoad({ text: "month" });
    await c.read("sam 11", 1, counted.load);
    clock = 999;
    await c.read("sam 11", 1, counted.load);
    expect(counted.loads).toBe(1);
    clock = 1_000;
    await c.read("sam 11", 1, counted.load);
    expect(counted.loads).toBe(2);
  });

  it("keeps within its budget, dropping the answers used longest ago first", async () => {
    const c = make(40);
    const ten = countedLoad({ text: "0123456789" });
    await c.read("a", 1, ten.load);
    await c.read("b", 1, ten.load);
    await c.read("c", 1, ten.load);
    await c.read("a", 1, ten.load); // a is now the most recently used
    await c.read("d", 1, ten.load);
    await c.read("e", 1, ten.load); // over 40: b, the least recently used, goes
    expect(c.size).toBe(4);
    expect(ten.loads).toBe(5);
    await c.read("a", 1, ten.load);
    expect(ten.loads).toBe(5);
    await c.read("b", 1, ten.load);
    expect(ten.loads).toBe(6);
  });

  it("does not keep an answer larger than a quarter of the budget", async () => {
    const c = make(40);
    const big = countedLoad({ text: "01234567890" });
    await c.read("big", 1, big.load);
    await c.read("big", 1, big.load);
    expect(big.loads).toBe(2);
    expect(c.size).toBe(0);
  });
});
