import { describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";

const PLAN = "/api/safety-plan";
const FIRST = { warningSigns: ["I stop answering messages"], reasonsForLiving: ["My cat, Miso"] };

// Two devices of one person can both be editing the plan online. A save that names the version
// it edited over must never overwrite a plan saved elsewhere since: on both engines, as the check
// and the write run in one transaction.
describe.each(engines)("conditional safety plan saves on %s", (engine) => {
  const s = useServer(engine, { freshEachTest: true });

  const read = async () => (await s.owner.get(PLAN)).json();
  const putIf = (body: unknown, headers: Record<string, string>) =>
    s.owner.request("PUT", PLAN, body, headers);

  it("answers its version as an ETag on PUT and GET, the same as its updatedAt", async () => {
    const fresh = await s.owner.get(PLAN);
    expect(fresh.headers.etag).toBeUndefined();
    const put = await s.owner.put(PLAN, FIRST);
    expect(put.statusCode).toBe(200);
    expect(put.headers.etag).toBe(`"${put.json().updatedAt}"`);
    const got = await s.owner.get(PLAN);
    expect(got.headers.etag).toBe(put.headers.etag);
    expect(got.headers["cache-control"]).toBe("no-store");
  });

  it("saves with If-Match naming the version on the server, and gives a new version", async () => {
    const first = await s.owner.put(PLAN, FIRST);
    s.app.clock.advance(60_000);
    const second = await putIf(
      { warningSigns: ["I skip meals"] },
      { "if-match": first.headers.etag ?? "" },
    );
    expect(second.statusCode).toBe(200);
    expect(second.json().updatedAt).not.toBe(first.json().updatedAt);
    expect((await read()).warningSigns).toEqual(["I skip meals"]);
  });

  it("answers 409 with the plan as it is when it changed elsewhere, writing nothing", async () => {
    const seen = await s.owner.put(PLAN, FIRST);
    s.app.clock.advance(60_000);
    const elsewhere = (await s.owner.put(PLAN, { ...FIRST, copingAlone: ["A hot shower"] })).json();
    s.app.clock.advance(60_000);
    const stale = await putIf({ peopleToAsk: ["Jo"] }, { "if-match": seen.headers.etag ?? "" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toEqual({
      error: {
        code: "safety-plan-conflict",
        message: expect.stringContaining("changed somewhere else"),
        fields: { plan: "was changed elsewhere" },
      },
      current: elsewhere,
    });
    expect(await read()).toEqual(elsewhere);
  });

  it("tells a change within one millisecond apart from the version before it", async () => {
    // The clock does not move: the second save must still make a version the first device lacks.
    const seen = await s.owner.put(PLAN, FIRST);
    const again = await s.owner.put(PLAN, { reasonsForLiving: ["The dog"] });
    expect(again.json().updatedAt).not.toBe(seen.json().updatedAt);
    const stale = await putIf({ peopleToAsk: ["Jo"] }, { "if-match": seen.headers.etag ?? "" });
    expect(stale.statusCode).toBe(409);
    expect((await read()).reasonsForLiving).toEqual(["The dog"]);
  });

  it("with If-None-Match: * saves only while no plan is saved, and If-Match: * only once one is", async () => {
    const before = await putIf(FIRST, { "if-match": "*" });
    expect(before.statusCode).toBe(409);
    expect(before.json().current).toBeNull();
    const fresh = await putIf(FIRST, { "if-none-match": "*" });
    expect(fresh.statusCode).toBe(200);
    const again = await putIf({ peopleToAsk: ["Jo"] }, { "if-none-match": "*" });
    expect(again.statusCode).toBe(409);
    expect(again.json().current).toEqual(fresh.json());
    expect((await putIf(FIRST, { "if-match": "*" })).statusCode).toBe(200);
  });

  it("lets one of several saves with the same If-Match win and answers the others 409", async () => {
    // Several rounds of devices saving over one version at once: on PostgreSQL they really run
    // side by side, and without the lock more than one read the old version and wrote.
    for (let round = 0; round < 5; round++) {
      const tag = (await s.owner.put(PLAN, FIRST)).headers.etag ?? "";
      const answers = await Promise.all(
        ["phone", "laptop", "tablet", "work computer"].map((device) =>
          putIf({ ...FIRST, peopleToAsk: [`Jo, from the ${device}`] }, { "if-match": tag }),
        ),
      );
      const statuses = answers.map((a) => a.statusCode).sort();
      expect(statuses).toEqual([200, 409, 409, 409]);
      const won = answers.find((a) => a.statusCode === 200)?.json();
      for (const lost of answers.filter((a) => a.statusCode === 409)) {
        expect(lost.json().current).toEqual(won);
      }
      expect(await read()).toEqual(won);
    }
  });

  it("refuses a malformed If-Match as invalid-condition, and the plan stays", async () => {
    const seen = (await s.owner.put(PLAN, FIRST)).json();
    const bad = await putIf({ peopleToAsk: ["Jo"] }, { "if-match": "NaN" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("invalid-condition");
    expect(await read()).toEqual(seen);
  });

  it("without a condition replaces the plan, as it always did", async () => {
    await s.owner.put(PLAN, FIRST);
    s.app.clock.advance(60_000);
    const plain = await s.owner.put(PLAN, { peopleToAsk: ["Jo"] });
    expect(plain.statusCode).toBe(200);
    expect((await read()).peopleToAsk).toEqual(["Jo"]);
    expect((await read()).warningSigns).toEqual([]);
  });
});
