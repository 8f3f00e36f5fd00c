import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/*
 * The same change sent more than once at the same moment, or two changes that touch each other:
 * a double tap, a second tab, two admins. On PostgreSQL they really run at once; SQLite takes one
 * writer at a time but may still interleave the steps of one request between awaits. Every
 * request must get a proper answer (never a 500), and what is kept must be whole and consistent.
 */
describe.each(engines)("changes sent at the same moment on %s", (engine) => {
  let t: TestApp;
  let owner: ApiClient;
  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await t.owner();
  });
  afterAll(() => t.close());

  const times = (n: number) => Array.from({ length: n }, (_, i) => i);

  it("answers every save of the routine targets at once, and keeps one of them whole", async () => {
    const bodies = times(8).map((i) => ({
      anchors: [
        { anchor: "wake", target: `07:0${i}` },
        { anchor: "bed", target: `22:0${i}` },
      ],
    }));
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all(bodies.map((body) => owner.put("/api/routine", body)));
      expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
      const targets = (await owner.get("/api/routine"))
        .json()
        .anchors.map((a: { anchor: string; target: string | null }) => `${a.anchor} ${a.target}`);
      const minute = targets[0].slice(-1);
      expect(targets).toEqual([
        `wake 07:0${minute}`,
        "first-meal null",
        "first-contact null",
        `bed 22:0${minute}`,
      ]);
    }
  });
});
