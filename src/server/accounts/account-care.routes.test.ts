import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OWNER } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

const NEW_PASSWORD = "a slow river in spring";

describe.each(engines)("looking after the account on %s", (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(engine);
  });
  afterEach(async () => {
    await t.close();
  });

  it("changes the password with the current one and ends every other session", async () => {
    const here = await t.owner();
    const elsewhere = t.client();
    expect((await elsewhere.post("/api/session", OWNER)).statusCode).toBe(200);
    const member = await t.member();

    const changed = await here.put("/api/me/password", {
      currentPassword: OWNER.password,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.statusCode).toBe(204);
    expect((await here.get("/api/me")).statusCode).toBe(200);
    expect((await elsewhere.get("/api/me")).statusCode).toBe(401);
    // Another person's session is theirs, and stays.
    expect((await member.get("/api/me")).statusCode).toBe(200);

    const oldPassword = await t.client().post("/api/session", OWNER);
    expect(oldPassword.statusCode).toBe(401);
    const newPassword = await t
      .client()
      .post("/api/session", { username: OWNER.username, password: NEW_PASSWORD });
    expect(newPassword.statusCode).toBe(200);
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const here = await t.owner();
    const elsewhere = t.client();
    await elsewhere.post("/api/session", OWNER);
    const refused = await here.put("/api/me/password", {
      currentPassword: "not my password",
      newPassword: NEW_PASSWORD,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      code: "wrong-password",
      fields: { currentPassword: "does not match" },
    });
    expect((await elsewhere.get("/api/me")).statusCode).toBe(200);
    expect((await t.client().post("/api/session", OWNER)).statusCode).toBe(200);
  });

  it.each([
    [{ currentPassword: OWNER.password, newPassword: "short" }, "newPassword", "at least 8"],
    [{ currentPassword: OWNER.password, newPassword: "Password123" }, "newPassword", "common"],
    [{ newPassword: NEW_PASSWORD }, "currentPassword", "required"],
    [{ currentPassword: OWNER.password }, "newPassword", "required"],
  ])("refuses %j naming the field, and keeps the old password", async (body, field, words) => {
    const here = await t.owner();
    const refused = await here.put("/api/me/password", body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[field]).toContain(words);
    expect((await t.client().post("/api/session", OWNER)).statusCode).toBe(200);
  });

  it("signs out everywhere, this browser included, and no one else", async () => {
    const here = await t.owner();
    const elsewhere = t.client();
    await elsewhere.post("/api/session", OWNER);
    const member = await t.member();
    const oldCookie = here.sessionCookie;

    const ended = await here.delete("/api/sessions");
    expect(ended.statusCode).toBe(204);
    expect(String(ended.headers["set-cookie"])).toMatch(/^reconnect_session=;/);
    here.sessionCookie = oldCookie;
    expect((await here.get("/api/me")).statusCode).toBe(401);
    expect((await elsewhere.get("/api/me")).statusCode).toBe(401);
    expect((await member.get("/api/me")).statusCode).toBe(200);
    expect((await t.client().post("/api/session", OWNER)).statusCode).toBe(200);
  });
});
