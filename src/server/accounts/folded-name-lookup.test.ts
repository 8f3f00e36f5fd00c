import { CompiledQuery } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { tokenOfLink } from "../../../test/support/invite.js";
import { type RecordedStatement, SqlRecorder } from "../../../test/support/sql-recorder.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { insertUser } from "./user.repository.js";

const PASSWORD = "a long and careful password";
const BY_FOLD = /^select .* from "users" where "username_folded" = (\$1|\?)$/;

/** Statements that read `users` with no condition at all: a read of every name. */
const readsEveryName = (statements: RecordedStatement[]) =>
  statements.filter((s) => /from "users"/.test(s.sql) && !/ where /.test(s.sql));

describe.each(engines)("finding a name by its stored fold on %s", (engine) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  /** How the database would run `statement`, its plan as text; PostgreSQL told to avoid scans. */
  async function planOf(app: TestApp, statement: RecordedStatement): Promise<string> {
    return app.store.db.connection().execute(async (db) => {
      // With a handful of rows PostgreSQL rightly prefers a scan; this asks whether the index
      // could answer at all, which is what stays true as the table grows.
      if (engine === "postgres")
        await db.executeQuery(CompiledQuery.raw("set enable_seqscan = off"));
      const explain = engine === "postgres" ? "explain " : "explain query plan ";
      const { rows } = await db.executeQuery(
        CompiledQuery.raw(explain + statement.sql, [...statement.parameters]),
      );
      return JSON.stringify(rows);
    });
  }

  async function inviteLink(owner: ApiClient): Promise<string> {
    const invited = await owner.post("/api/invitations", {});
    return `/api/invitations/${tokenOfLink(invited.json().url)}/accept`;
  }

  it("signs in by one indexed equality on the fold, never reading every name", async () => {
    const recorder = new SqlRecorder();
    t = await createTestApp(engine, {}, { log: recorder.log });
    await t.client().post("/api/setup", { username: "Emile", password: PASSWORD });
    recorder.statements.length = 0;
    // Full-width letters: neither engine's lower() matches them to "Emile", only the fold does.
    const signedIn = await t
      .client()
      .post("/api/session", { username: "ＥＭＩＬＥ", password: PASSWORD });
    expect(signedIn.statusCode).toBe(200);
    expect(readsEveryName(recorder.statements)).toEqual([]);
    const byFold = recorder.statements.filter((s) => BY_FOLD.test(s.sql));
    expect(byFold).toHaveLength(1);
    const [lookup] = byFold;
    if (lookup === undefined) throw new Error("no lookup by fold");
    expect(lookup.parameters[0]).toBe("emile");
    const plan = await planOf(t, lookup);
    expect(plan).toContain("users_username_folded_unique");
    expect(plan).not.toMatch(/SCAN users|Seq Scan/);
  });

  it("judges a new name taken by the fold alone, never reading every name", async () => {
    const recorder = new SqlRecorder();
    t = await createTestApp(engine, {}, { log: recorder.log });
    const owner = await t.owner();
    const link = await inviteLink(owner);
    recorder.statements.length = 0;
    const joined = await t.client().post(link, { username: "Zoë", password: PASSWORD });
    expect(joined.statusCode).toBe(201);
    expect(readsEveryName(recorder.statements)).toEqual([]);
    expect(recorder.statements.filter((s) => /"username_folded" = /.test(s.sql))).toHaveLength(1);
  });

  it("ends two people joining at once with names that fold alike with one account and a 409", async () => {
    const app = await createTestApp(engine);
    t = app;
    const owner = await app.owner();
    const links = [await inviteLink(owner), await inviteLink(owner)];
    // Both pass the taken check before either is written (each then hashes its password), and
    // lower() tells the two apart on both engines (it applies no NFKC): only the index on the
    // fold stops the second.
    const answers = await Promise.all(
      ["emile", "ｅｍｉｌｅ"].map((username, i) =>
        app.client().post(links[i] ?? "", { username, password: PASSWORD }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([201, 409]);
    const refused = answers.find((a) => a.statusCode === 409);
    expect(refused?.json().error).toMatchObject({
      code: "username-taken",
      fields: { username: "is already in use" },
    });
    const folds = await app.store.db
      .selectFrom("users")
      .select("id")
      .where("username_folded", "=", "emile")
      .execute();
    expect(folds).toHaveLength(1);
  });

  it("refuses, in the database itself, a second name that folds alike", async () => {
    const app = await createTestApp(engine);
    t = app;
    const person = (id: string, username: string) =>
      insertUser(app.store.db, {
        id,
        username,
        password_hash: "hash",
        role: "member",
        created_at: "2026-11-01T00:00:00.000Z",
      });
    const results = await Promise.allSettled([person("a", "ｅｍｉｌｅ"), person("b", "Emile")]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const failure = results.find((r) => r.status === "rejected");
    expect(isUniqueViolation(failure?.reason)).toBe(true);
  });
});
