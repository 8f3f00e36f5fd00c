import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/**
 * A value of the wrong kind is there, so it is never told it "is required": it is told what it
 * must be, naming the field, on every route (the account's fields once said "is required").
 */
describe.each(engines)("a field sent as the wrong kind of value, on %s", (engine) => {
  let t: TestApp;
  let owner: ApiClient;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  async function fieldsOf(client: ApiClient, method: "POST" | "PUT", url: string, body: unknown) {
    const answer = await client.request(method, url, body);
    expect(answer.statusCode, `${method} ${url} ${JSON.stringify(body)}`).toBe(400);
    expect(answer.json().error.code).toBe("invalid-input");
    return answer.json().error.fields;
  }

  it("tells the first account's name and password what they must be, and makes none", async () => {
    const signedOut = t.client();
    expect(
      await fieldsOf(signedOut, "POST", "/api/setup", { username: ["sam"], password: 12345678 }),
    ).toEqual({ username: "username must be text", password: "password must be text" });
    expect((await signedOut.get("/api/setup")).json()).toEqual({ needsOwner: true });
    owner = await t.owner();
  });

  it("tells sign-in the same, and still says `is required` for a field left out or empty", async () => {
    const signedOut = t.client();
    for (const username of [["sam"], { name: "sam" }, 7, true, null]) {
      expect(
        await fieldsOf(signedOut, "POST", "/api/session", { username, password: "x" }),
      ).toEqual({ username: "username must be text" });
    }
    expect(
      await fieldsOf(signedOut, "POST", "/api/session", { username: "sam", password: [] }),
    ).toEqual({
      password: "password must be text",
    });
    expect(await fieldsOf(signedOut, "POST", "/api/session", { password: "x" })).toEqual({
      username: "is required",
    });
    expect(
      await fieldsOf(signedOut, "POST", "/api/session", { username: " ", password: "" }),
    ).toEqual({
      username: "is required",
      password: "is required",
    });
  });

  it("tells a change of password and the erasing of an account what the password must be", async () => {
    expect(
      await fieldsOf(owner, "PUT", "/api/me/password", { currentPassword: 5, newPassword: ["x"] }),
    ).toEqual({
      currentPassword: "currentPassword must be text",
      newPassword: "newPassword must be text",
    });
    const erase = await owner.delete("/api/me", { password: { text: "x" } });
    expect(erase.statusCode).toBe(400);
    expect(erase.json().error.fields).toEqual({ password: "password must be text" });
    expect((await owner.get("/api/me")).statusCode).toBe(200);
  });

  it("names what a number sent as text, a list sent as an object and the like must be", async () => {
    expect(await fieldsOf(owner, "PUT", "/api/checkins/2026-11-20", { mood: "5" })).toEqual({
      mood: "must be a number from 0 to 10",
    });
    expect(
      await fieldsOf(owner, "PUT", "/api/checkins/2026-11-20", { mood: 5, connections: {} }),
    ).toEqual({ connections: "connections must be a list" });
    expect(
      await fieldsOf(owner, "PUT", "/api/checkins/2026-11-20", { mood: 5, connections: [[]] }),
    ).toEqual({ "connections.0": "connections item 1 must be an object" });
    expect(await fieldsOf(owner, "PUT", "/api/routine", { anchors: {} })).toEqual({
      anchors: "anchors must be a list",
    });
    const activity = await fieldsOf(owner, "POST", "/api/activities", {
      title: 5,
      area: "connection",
      effort: "tiny",
      minutes: "5",
      social: "true",
      firstStep: ["x"],
    });
    expect(activity).toEqual({
      title: "title must be text",
      minutes: "minutes must be a whole number from 1 to 600",
      social: "social must be true or false",
      firstStep: "firstStep must be text",
    });
  });
});
