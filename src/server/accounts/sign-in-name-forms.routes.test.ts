import { afterEach, describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

const PASSWORD = "a long and careful password";

// SQLite's lower() folds A–Z only, so a name beyond them typed in another case signed in on
// PostgreSQL and was refused on SQLite: both now answer as sign-in's throttle and the taken-name
// check fold a name (case and Unicode form).
describe.each(engines)("signing in a name beyond A–Z, typed another way, on %s", (engine) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("signs in Émile as émile or ÉMILE, and never with a wrong password", async () => {
    t = await createTestApp(engine);
    const made = await t.client().post("/api/setup", { username: "Émile", password: PASSWORD });
    expect(made.statusCode).toBe(201);
    for (const username of ["Émile", "émile", "ÉMILE", "E\u0301MILE"]) {
      const signedIn = await t.client().post("/api/session", { username, password: PASSWORD });
      expect(signedIn.statusCode, username).toBe(200);
      expect(signedIn.json().username, username).toBe("Émile");
    }
    const wrong = await t
      .client()
      .post("/api/session", { username: "émile", password: "nope, not it" });
    expect(wrong.statusCode).toBe(401);
    const nobody = await t
      .client()
      .post("/api/session", { username: "émilie", password: PASSWORD });
    expect(nobody.statusCode).toBe(401);
  });
});
