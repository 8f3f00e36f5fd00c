import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { inviteAndJoin, tokenOfLink } from "../../../test/support/invite.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

const ROBIN = { username: "robin", password: "robin's own password" };
const CONTACT = "Texts welcome, robin is slow to reply";
const UNKNOWN_CARD = `/s/${"A".repeat(43)}`;
const UNKNOWN_FEED = `/api/calendar/${"A".repeat(43)}.ics`;

/**
 * A paused account's links (a share card, a calendar feed) answer as an unknown link does while
 * it is paused, so a supporter or a calendar app learns neither what the person shared nor that
 * the account is paused; opened again, the same links show the same things (docs/SAFETY.md).
 */
describe.each(engines)("a paused account's links on %s", (engine) => {
  let t: TestApp;
  let owner: ApiClient;
  let robin: ApiClient;
  let robinId: string;
  let card: string;
  let feed: string;
  beforeEach(async () => {
    t = await createTestApp(engine);
    owner = await t.owner();
    robin = await inviteAndJoin(t, owner, ROBIN);
    robinId = (await robin.get("/api/me")).json().id;
    card = (await robin.post("/api/shares", { energy: "low", contact: CONTACT })).json().url;
    feed = (await robin.post("/api/calendar/feed")).json().url;
  });
  afterEach(async () => {
    await t.close();
  });

  const pause = (disabled: boolean) =>
    owner.request("PATCH", `/api/accounts/${robinId}`, { disabled });
  const open = (url: string, method: "GET" | "HEAD" = "GET") =>
    t.app.inject({ method, url, remoteAddress: "192.0.2.7" });
  const opens = async () =>
    (
      await t.store.db
        .selectFrom("access_log")
        .select("event")
        .where("user_id", "=", robinId)
        .where("event", "in", ["share-opened", "calendar-fetched"])
        .execute()
    ).length;

  it("answer as unknown links while paused, and show the same again once opened", async () => {
    expect((await open(card)).body).toContain(CONTACT);
    const feedBefore = await open(feed);
    expect(feedBefore.statusCode).toBe(200);
    const opensBefore = await opens();

    expect((await pause(true)).statusCode).toBe(200);
    for (const method of ["GET", "HEAD"] as const) {
      const [paused, unknown] = [await open(card, method), await open(UNKNOWN_CARD, method)];
      expect(paused.statusCode).toBe(unknown.statusCode);
      expect(paused.headers["content-type"]).toBe(unknown.headers["content-type"]);
      expect(paused.body).toBe(unknown.body);
      expect(paused.body).not.toContain(CONTACT);
      const [pausedFeed, unknownFeed] = [
        await open(feed, method),
        await open(UNKNOWN_FEED, method),
      ];
      expect(pausedFeed.statusCode).toBe(404);
      expect(pausedFeed.statusCode).toBe(unknownFeed.statusCode);
      expect(pausedFeed.body).toBe(unknownFeed.body);
    }
    expect((await open(card)).statusCode).toBe(404);
    // Nobody saw anything, so nothing is noted in the person's access log.
    expect(await opens()).toBe(opensBefore);

    // Nothing was deleted: opened again, the same links show the same things.
    expect((await pause(false)).statusCode).toBe(200);
    const cardAfter = await open(card);
    expect(cardAfter.statusCode).toBe(200);
    expect(cardAfter.body).toContain(CONTACT);
    const feedAfter = await open(feed);
    expect(feedAfter.statusCode).toBe(200);
    expect(feedAfter.body).toBe(feedBefore.body);
  });

  it("tells the holder of a reset link the account is paused before any form, as using it does", async () => {
    const reset = await owner.post(`/api/accounts/${robinId}/password-reset`);
    const link = `/api/invitations/${tokenOfLink(reset.json().url)}`;
    await pause(true);
    const info = await t.client().get(link);
    expect(info.statusCode).toBe(403);
    expect(info.json().error.code).toBe("account-paused");
    expect(info.body).not.toContain("robin");
    const used = await t.client().post(`${link}/accept`, { password: "a new password for robin" });
    expect(used.json().error.code).toBe("account-paused");

    // The link itself was left as it was: opened again, it works.
    await pause(false);
    expect((await t.client().get(link)).json()).toMatchObject({ kind: "reset", username: "robin" });
    const back = await t.client().post(`${link}/accept`, { password: "a new password for robin" });
    expect(back.statusCode).toBe(201);
  });

  it("keeps a link the person turned off turned off, paused or not", async () => {
    const { id } = (await robin.get("/api/shares")).json().shares[0];
    expect((await robin.delete(`/api/shares/${id}`)).statusCode).toBe(204);
    expect((await robin.delete("/api/calendar/feed")).statusCode).toBe(204);
    await pause(true);
    await pause(false);
    expect((await open(card)).statusCode).toBe(410);
    expect((await open(feed)).statusCode).toBe(404);
  });
});
