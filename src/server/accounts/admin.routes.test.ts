import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ApiClient, OWNER } from "../../../test/support/api-client.js";
import { inviteAndJoin, tokenOfLink } from "../../../test/support/invite.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

const ROBIN = { username: "robin", password: "robin's own password" };
const ADA = { username: "ada", password: "ada's own password" };
const NOTE = "robin wrote this about a hard week";

describe.each(engines)("running a server for several people on %s", (engine) => {
  let t: TestApp;
  let owner: ApiClient;
  let robin: ApiClient;
  let admin: ApiClient;
  let ids: Record<"sam" | "robin" | "ada", string>;
  beforeEach(async () => {
    t = await createTestApp(engine);
    owner = await t.owner();
    robin = await inviteAndJoin(t, owner, ROBIN);
    admin = await inviteAndJoin(t, owner, ADA, "admin");
    await robin.put("/api/checkins/2026-11-29", {
      mood: 3,
      note: NOTE,
      connections: [{ name: "Jo", mode: "call" }],
    });
    ids = {
      sam: (await owner.get("/api/me")).json().id,
      robin: (await robin.get("/api/me")).json().id,
      ada: (await admin.get("/api/me")).json().id,
    };
  });
  afterEach(async () => {
    await t.close();
  });

  it("lists the people with name, role and dates only, to the owner and admins alone", async () => {
    for (const asker of [owner, admin]) {
      const list = await asker.get("/api/accounts");
      expect(list.statusCode).toBe(200);
      const { accounts } = list.json();
      expect(accounts.map((a: { username: string }) => a.username)).toEqual([
        "sam",
        "robin",
        "ada",
      ]);
      for (const account of accounts) {
        expect(Object.keys(account).sort()).toEqual(
          ["createdAt", "disabled", "id", "lastSeenAt", "role", "username"].sort(),
        );
      }
      expect(accounts[1]).toMatchObject({ role: "member", disabled: false });
      expect(accounts[1].lastSeenAt).toBe(t.clock.now().toISOString());
      expect(list.body).not.toContain(NOTE);
      expect(list.body).not.toContain("Jo");
    }
    const member = await robin.get("/api/accounts");
    expect(member.statusCode).toBe(403);
    expect(member.json().error.code).toBe("admins-only");
  });

  it("pauses an account: its sessions end at once, its password opens nothing, until re-enabled", async () => {
    const paused = await admin.request("PATCH", `/api/accounts/${ids.robin}`, { disabled: true });
    expect(paused.statusCode).toBe(200);
    expect(paused.json()).toMatchObject({ username: "robin", disabled: true });
    expect((await robin.get("/api/me")).statusCode).toBe(401);
    const signIn = await t.client().post("/api/session", ROBIN);
    expect(signIn.statusCode).toBe(403);
    expect(signIn.json().error.code).toBe("account-paused");
    // A wrong password still gets the ordinary answer: the pause is told only to the person.
    const wrong = await t.client().post("/api/session", { ...ROBIN, password: "not it at all" });
    expect(wrong.statusCode).toBe(401);

    const opened = await admin.request("PATCH", `/api/accounts/${ids.robin}`, { disabled: false });
    expect(opened.json().disabled).toBe(false);
    const back = t.client();
    expect((await back.post("/api/session", ROBIN)).statusCode).toBe(200);
    expect((await back.get(`/api/checkins?from=2026-11-29&to=2026-11-29`)).body).toContain(NOTE);
  });

  it("resets a password with a one-time link: old password and sessions end, the new one works", async () => {
    const reset = await admin.post(`/api/accounts/${ids.robin}/password-reset`);
    expect(reset.statusCode).toBe(201);
    const token = tokenOfLink(reset.json().url);
    expect((await robin.get("/api/me")).statusCode).toBe(401);
    expect((await t.client().post("/api/session", ROBIN)).statusCode).toBe(401);
    const info = await t.client().get(`/api/invitations/${token}`);
    expect(info.json()).toMatchObject({ kind: "reset", username: "robin" });

    const fresh = t.client();
    const chosen = await fresh.post(`/api/invitations/${token}/accept`, {
      password: "a brand new start",
    });
    expect(chosen.statusCode).toBe(201);
    expect(chosen.json()).toMatchObject({ id: ids.robin, username: "robin", role: "member" });
    expect((await fresh.get(`/api/checkins?from=2026-11-29&to=2026-11-29`)).body).toContain(NOTE);
    const again = await t.client().post(`/api/invitations/${token}/accept`, {
      password: "someone else's try",
    });
    expect(again.statusCode).toBe(410);
    expect(
      (await t.client().post("/api/session", { ...ROBIN, password: "a brand new start" }))
        .statusCode,
    ).toBe(200);
  });

  it("ends a reset link once the person chooses a password of their own", async () => {
    const before = await t.store.db
      .selectFrom("users")
      .select("password_hash")
      .where("id", "=", ids.robin)
      .executeTakeFirstOrThrow();
    const reset = await admin.post(`/api/accounts/${ids.robin}/password-reset`);
    const token = tokenOfLink(reset.json().url);
    // Robin gets back in without the link (as after the terminal's reset-password, written here
    // straight to the database so only the change below can end the link).
    await t.store.db
      .updateTable("users")
      .set({ password_hash: before.password_hash })
      .where("id", "=", ids.robin)
      .execute();
    const back = t.client();
    expect((await back.post("/api/session", ROBIN)).statusCode).toBe(200);
    const changed = await back.put("/api/me/password", {
      currentPassword: ROBIN.password,
      newPassword: "robin's newer password",
    });
    expect(changed.statusCode).toBe(204);

    expect((await t.client().get(`/api/invitations/${token}`)).statusCode).toBe(410);
    const late = await t.client().post(`/api/invitations/${token}/accept`, {
      password: "whoever kept the link",
    });
    expect(late.statusCode).toBe(410);
    const open = (await admin.get("/api/invitations")).json().invitations;
    expect(open.filter((link: { kind: string }) => link.kind === "reset")).toEqual([]);
    expect(
      (await t.client().post("/api/session", { ...ROBIN, password: "robin's newer password" }))
        .statusCode,
    ).toBe(200);
  });

  it("removes an account with everything in it, and nobody else's", async () => {
    const removed = await admin.delete(`/api/accounts/${ids.robin}`);
    expect(removed.statusCode).toBe(204);
    expect((await robin.get("/api/me")).statusCode).toBe(401);
    expect(await t.store.db.selectFrom("checkins").selectAll().execute()).toEqual([]);
    const names = (await owner.get("/api/accounts"))
      .json()
      .accounts.map((a: { username: string }) => a.username);
    expect(names).toEqual(["sam", "ada"]);
    expect((await admin.delete(`/api/accounts/${ids.robin}`)).statusCode).toBe(404);
  });

  it("never lets an admin remove, pause, reset or demote the owner, who can always sign in", async () => {
    const attempts = [
      admin.delete(`/api/accounts/${ids.sam}`),
      admin.request("PATCH", `/api/accounts/${ids.sam}`, { disabled: true }),
      admin.request("PATCH", `/api/accounts/${ids.sam}`, { role: "member" }),
      admin.post(`/api/accounts/${ids.sam}/password-reset`),
    ];
    for (const answer of await Promise.all(attempts)) {
      expect(answer.statusCode).toBe(403);
      expect(answer.json().error.code).toBe("owner-protected");
    }
    expect((await owner.get("/api/me")).statusCode).toBe(200);
    expect((await t.client().post("/api/session", OWNER)).statusCode).toBe(200);
  });

  it("lets only the owner change an admin or a role, and nobody their own account here", async () => {
    const second = await inviteAndJoin(
      t,
      owner,
      { username: "bo", password: "bo's own password" },
      "admin",
    );
    const boId = (await second.get("/api/me")).json().id;
    const onAdmin = await admin.request("PATCH", `/api/accounts/${boId}`, { disabled: true });
    expect(onAdmin.json().error.code).toBe("owner-only");
    const promote = await admin.request("PATCH", `/api/accounts/${ids.robin}`, { role: "admin" });
    expect(promote.json().error.code).toBe("owner-only");
    const self = await admin.request("PATCH", `/api/accounts/${ids.ada}`, { disabled: true });
    expect(self.json().error.code).toBe("own-account");

    const promoted = await owner.request("PATCH", `/api/accounts/${ids.robin}`, { role: "admin" });
    expect(promoted.json()).toMatchObject({ role: "admin" });
    const demoted = await owner.request("PATCH", `/api/accounts/${boId}`, { role: "member" });
    expect(demoted.json()).toMatchObject({ role: "member" });
    expect((await second.get("/api/accounts")).statusCode).toBe(403);
    // Robin, an admin now, may pause Bo, a member now.
    const paused = await robin.request("PATCH", `/api/accounts/${boId}`, { disabled: true });
    expect(paused.json()).toMatchObject({ username: "bo", disabled: true });
  });

  it("names what is wrong with a change, and changes nothing", async () => {
    const empty = await owner.request("PATCH", `/api/accounts/${ids.robin}`, {});
    expect(empty.statusCode).toBe(400);
    const owner2 = await owner.request("PATCH", `/api/accounts/${ids.robin}`, { role: "owner" });
    expect(owner2.statusCode).toBe(400);
    expect(owner2.json().error.fields.role).toBeDefined();
    const extra = await owner.request("PATCH", `/api/accounts/${ids.robin}`, {
      disabled: true,
      password: "x",
    });
    expect(extra.statusCode).toBe(400);
    expect((await robin.get("/api/me")).statusCode).toBe(200);
  });
});
