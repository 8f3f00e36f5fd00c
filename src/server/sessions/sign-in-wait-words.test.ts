import { afterEach, describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

// The wait after a few wrong passwords read "Please wait 1 seconds before trying again." Each
// wrong try from here doubles it, so the words are read for one second, a few, and minutes.

describe.each(engines)("the wait after wrong passwords, on %s", (engine) => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  it("is worded for the count it is: 1 second, 2 seconds, 2 minutes", async () => {
    t = await createTestApp(engine);
    await t.member("sam");
    const signIn = () =>
      t.app.inject({
        method: "POST",
        url: "/api/session",
        remoteAddress: "10.3.3.3",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify({ username: "sam", password: "not it" }),
      });
    const waits: string[] = [];
    for (let tries = 0; waits.length < 7; tries++) {
      if (tries > 20) throw new Error(`no wait after ${tries} tries: ${waits.join(" | ")}`);
      const answer = await signIn();
      if (answer.statusCode !== 429) continue;
      waits.push(answer.json().error.message);
      // Past the wait, so the next wrong try counts and the one after it is made to wait longer.
      t.clock.advance(Number(answer.headers["retry-after"]) * 1000);
    }
    const waited = waits.map(
      (message) => /Please wait (.+) before trying again\./.exec(message)?.[1],
    );
    expect(waited).toEqual([
      "1 second",
      "2 seconds",
      "4 seconds",
      "8 seconds",
      "16 seconds",
      "32 seconds",
      "2 minutes",
    ]);
  });
});
