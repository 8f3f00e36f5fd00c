import { describe, expect, it } from "vitest";
import { engines } from "../support/stores.js";
import { useServer } from "../support/test-app.js";

/*
 * Erasing an account twice at the same moment (a double click, a retry, two admins) answers as
 * erasing it twice one after the other does: the erase that removed it is 204, and every other
 * is told the account was already gone (401 for the person's own session, which ended with it;
 * 404 for an admin), never a second 204 for an erase that erased nothing. SQLite used to answer
 * so by the way its requests happen to be queued, PostgreSQL not.
 */

const sorted = (answers: { statusCode: number }[]) => answers.map((a) => a.statusCode).sort();

describe.each(engines)("the same account erased at the same moment, on %s", (engine) => {
  const s = useServer(engine);

  it("by admins: one 204, the others 404", async () => {
    const member = await s.app.member("erased-by-admins");
    const url = "/api/accounts/member-erased-by-admins";
    const answers = await Promise.all([1, 2, 3].map(() => s.owner.delete(url)));
    expect(sorted(answers)).toEqual([204, 404, 404]);
    for (const answer of answers.filter((a) => a.statusCode === 404))
      expect(answer.json().error.code).toBe("not-found");
    expect((await member.get("/api/me")).statusCode).toBe(401);
  });

  it("by the person, from one session: one 204, the others 401", async () => {
    const member = await s.app.member("erased-by-self");
    const password = "erased-by-self's own password";
    const answers = await Promise.all([1, 2, 3].map(() => member.delete("/api/me", { password })));
    expect(sorted(answers)).toEqual([204, 401, 401]);
    for (const answer of answers.filter((a) => a.statusCode === 401))
      expect(answer.json().error.code).toBe("session-ended");
  });

  it("by the person and an admin together: one 204, the other told it is gone", async () => {
    const member = await s.app.member("erased-by-both");
    const answers = await Promise.all([
      member.delete("/api/me", { password: "erased-by-both's own password" }),
      s.owner.delete("/api/accounts/member-erased-by-both"),
    ]);
    expect(answers.filter((a) => a.statusCode === 204)).toHaveLength(1);
    expect(sorted(answers.filter((a) => a.statusCode !== 204))).toEqual(
      answers[0]?.statusCode === 204 ? [404] : [401],
    );
  });
});
