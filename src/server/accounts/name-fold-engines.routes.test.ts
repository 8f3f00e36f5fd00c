import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { tokenOfLink } from "../../../test/support/invite.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { foldName } from "../sessions/sign-in-throttle.js";

const PASSWORD = "a long and careful password";

/*
 * Names beyond A–Z are compared by one rule on both engines (`foldName`): before it, with "Kim"
 * taken, "kİm" was accepted on SQLite and refused on PostgreSQL (whose lower() folds "İ" by the
 * server's locale), and "ΟΔΟΣ" with "οδοσ" the same. Each pair here is one name: the second is
 * refused wherever the first is in use, and signs in to it; the answers are the same on both.
 */
const SAME_NAME: readonly (readonly [string, string])[] = [
  ["Kim", "kİm"], // dotted capital I
  ["Kit", "KİT"],
  ["Kip", "kıp"], // dotless small i
  ["Iris", "I\u0307RIS"], // a capital I with a combining dot typed after it (NFC: İ)
  ["Straße", "STRASSE"], // sharp s, and the capital sharp s
  ["Gauß", "GAUẞ"],
  ["ΟΔΟΣ", "οδοσ"], // final sigma: JavaScript lower-cases the first to "οδος"
  ["λογος", "λογοσ"],
  ["ﬁnn", "Finn"], // a ligature
  ["Zoë", "Zoe\u0308"], // NFC and NFD
  ["Ｎｏａ", "noa"], // full width
];

describe.each(engines)("one fold of a name on %s", (engine) => {
  let t: TestApp;
  let owner: ApiClient;
  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await t.owner();
  }, 60_000);
  afterAll(() => t.close());

  async function join(username: string) {
    const invited = await owner.post("/api/invitations", {});
    const link = `/api/invitations/${tokenOfLink(invited.json().url)}/accept`;
    return t.client().post(link, { username, password: PASSWORD });
  }

  it.each(SAME_NAME)(
    "refuses %s's twin %s as taken, and signs in to it by the twin",
    async (first, twin) => {
      expect(foldName(twin)).toBe(foldName(first));
      expect((await join(first)).statusCode).toBe(201);
      const refused = await join(twin);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe("username-taken");
      const signedIn = await t
        .client()
        .post("/api/session", { username: twin, password: PASSWORD });
      expect(signedIn.statusCode).toBe(200);
      expect(signedIn.json().username).toBe(first);
    },
  );

  it("folds every i to one, ß to ss and ς to σ, and nothing twice", () => {
    expect(["İ", "I", "ı", "i", "i\u0307"].map(foldName)).toEqual(["i", "i", "i", "i", "i"]);
    expect(["ß", "ẞ", "SS"].map(foldName)).toEqual(["ss", "ss", "ss"]);
    expect(foldName("ΟΔΟΣ")).toBe("οδοσ");
    for (const name of ["kİm", "Straße", "ΟΔΟΣ", "İ\u0307", "ǰ", "ᾼ", "Ｓａｍ"]) {
      expect(foldName(foldName(name)), name).toBe(foldName(name));
    }
  });
});
