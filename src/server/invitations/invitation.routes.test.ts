import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { inviteAndJoin, tokenOfLink } from "../../../test/support/invite.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

const ROBIN = { username: "robin", password: "robin's own password" };
const DAY_MS = 86_400_000;

describe.each(engines)("invitations on %s", (engine) => {
  let t: TestApp;
  let owner: ApiClient;
  beforeEach(async () => {
    t = await createTestApp(engine);
    owner = await t.owner();
  });
  afterEach(async () => {
    await t.close();
  });

  const usernames = async () =>
    (await t.store.db.selectFrom("users").select("username").execute()).map((r) => r.username);

  it("lets an invited person choose a name and password, signs them in, and shows the link once", async () => {
    const invited = await owner.post("/api/invitations", {});
    expect(invited.statusCode).toBe(201);
    const { id, url, expiresAt } = invited.json();
    // 256 random bits, base64url: far beyond the 128 the link needs.
    expect(url).toMatch(/^\/join\/[\w-]{43}$/);
    expect(Date.parse(expiresAt) - t.clock.now().getTime()).toBe(7 * DAY_MS);
    const stored = await t.store.db.selectFrom("invitations").selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(tokenOfLink(url));
    expect((await owner.get("/api/invitations")).json().invitations).toEqual([
      expect.objectContaining({ id, kind: "invitation", role: "member", username: null }),
    ]);

    const robin = t.client();
    const info = await robin.get(`/api/invitations/${tokenOfLink(url)}`);
    expect(info.json()).toEqual({ kind: "invitation", username: null, expiresAt });
    const joined = await robin.post(`/api/invitations/${tokenOfLink(url)}/accept`, ROBIN);
    expect(joined.statusCode).toBe(201);
    expect(joined.json()).toMatchObject({ username: "robin", role: "member" });
    expect((await robin.get("/api/me")).json()).toMatchObject({ username: "robin" });
    expect((await robin.put("/api/checkins/2026-11-29", { mood: 5 })).statusCode).toBe(200);
    // Used: gone from the open list.
    expect((await owner.get("/api/invitations")).json().invitations).toEqual([]);
    // Signing in later works like any account.
    expect((await t.client().post("/api/session", ROBIN)).statusCode).toBe(200);
  });

  it("refuses a link used twice, revoked or expired with 410, and makes no account", async () => {
    const used = tokenOfLink((await owner.post("/api/invitations", {})).json().url);
    expect((await t.client().post(`/api/invitations/${used}/accept`, ROBIN)).statusCode).toBe(201);
    const revoked = await owner.post("/api/invitations", {});
    expect((await owner.delete(`/api/invitations/${revoked.json().id}`)).statusCode).toBe(204);
    expect((await owner.delete(`/api/invitations/${revoked.json().id}`)).statusCode).toBe(204);
    const expired = tokenOfLink((await owner.post("/api/invitations", {})).json().url);
    t.clock.advance(7 * DAY_MS);

    for (const token of [used, tokenOfLink(revoked.json().url), expired]) {
      const again = { username: "another", password: "another long password" };
      const info = await t.client().get(`/api/invitations/${token}`);
      expect(info.statusCode).toBe(410);
      const accept = await t.client().post(`/api/invitations/${token}/accept`, again);
      expect(accept.statusCode).toBe(410);
      expect(accept.json().error.code).toBe("invitation-closed");
      expect(accept.json().error.message).toContain("ask the person who sent it");
    }
    expect((await usernames()).sort()).toEqual(["robin", "sam"]);
    const unknown = await t.client().post(`/api/invitations/${"A".repeat(43)}/accept`, ROBIN);
    expect(unknown.statusCode).toBe(404);
  });

  it("lets one of two people racing with one link in, and only one", async () => {
    const token = tokenOfLink((await owner.post("/api/invitations", {})).json().url);
    const [a, b] = await Promise.all([
      t.client().post(`/api/invitations/${token}/accept`, ROBIN),
      t.client().post(`/api/invitations/${token}/accept`, {
        username: "kim",
        password: "kim's own password",
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 410]);
    expect(await usernames()).toHaveLength(2);
  });

  it.each([
    ["SAM", "case"],
    ["Ｓａｍ", "full-width letters"],
    ["ÉMILE", "case beyond A–Z"],
    ["E\u0301mile", "a decomposed accent"],
  ])("refuses %s, which differs from a name in use only by %s", async (username) => {
    await inviteAndJoin(t, owner, { username: "émile", password: "émile's own password" });
    const token = tokenOfLink((await owner.post("/api/invitations", {})).json().url);
    const accept = await t.client().post(`/api/invitations/${token}/accept`, {
      username,
      password: "a long enough one",
    });
    expect(accept.statusCode).toBe(409);
    expect(accept.json().error.fields.username).toContain("already in use");
    // Refused, so the link is still good for another name.
    const retry = await t.client().post(`/api/invitations/${token}/accept`, ROBIN);
    expect(retry.statusCode).toBe(201);
  });

  it("checks the chosen password and name as setup does, using up nothing", async () => {
    const token = tokenOfLink((await owner.post("/api/invitations", {})).json().url);
    const weak = await t.client().post(`/api/invitations/${token}/accept`, {
      username: "robin",
      password: "Password123",
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields.password).toContain("common");
    const spaced = await t.client().post(`/api/invitations/${token}/accept`, {
      username: "has space",
      password: "a long enough one",
    });
    expect(spaced.json().error.fields.username).toContain("no spaces");
    expect((await t.client().post(`/api/invitations/${token}/accept`, ROBIN)).statusCode).toBe(201);
  });

  it("lets only the owner and admins invite, and only the owner name an admin", async () => {
    const member = await inviteAndJoin(t, owner, ROBIN);
    const refused = await member.post("/api/invitations", {});
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe("admins-only");
    expect((await member.get("/api/invitations")).statusCode).toBe(403);

    const admin = await inviteAndJoin(
      t,
      owner,
      { username: "ada", password: "ada's own password" },
      "admin",
    );
    expect((await admin.get("/api/me")).json().role).toBe("admin");
    expect((await admin.post("/api/invitations", { role: "member" })).statusCode).toBe(201);
    const asAdmin = await admin.post("/api/invitations", { role: "admin" });
    expect(asAdmin.statusCode).toBe(403);
    expect(asAdmin.json().error.code).toBe("owner-only");
    const badRole = await owner.post("/api/invitations", { role: "owner" });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().error.fields.role).toBeDefined();
  });
});
