import { beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, OWNER } from "../../../test/support/api-client.js";
import { fhirProblems } from "../../../test/support/fhir-validation.js";
import { engines } from "../../../test/support/stores.js";
import { type TestApp, useServer } from "../../../test/support/test-app.js";
import type {
  Bundle,
  Observation,
  QuestionnaireResponse,
  Resource,
} from "../../core/fhir/fhir-resources.js";

interface Taken {
  instrument: "phq9" | "ucla3";
  score: number;
  takenAt: string;
}

const ownerCheckUps = [
  { instrument: "phq9", answers: [1, 1, 2, 1, 0, 1, 2, 1, 0], difficulty: 1 },
  { instrument: "ucla3", answers: [2, 1, 2] },
  { instrument: "phq9", answers: [3, 3, 3, 2, 2, 2, 1, 1, 1] },
];
// The member's answers differ from every one of the owner's, so a leak would show in the codes.
const memberCheckUps = [{ instrument: "phq9", answers: [0, 0, 0, 0, 0, 0, 0, 0, 3] }];

async function takeAll(t: TestApp, c: ApiClient, checkUps: readonly object[]): Promise<void> {
  for (const checkUp of checkUps) {
    const saved = await c.post("/api/assessments", checkUp);
    expect(saved.statusCode, saved.body).toBe(201);
    t.clock.advance(2 * 86_400_000);
  }
}

async function bundleOf(c: ApiClient): Promise<Bundle> {
  const response = await c.get("/api/export/fhir");
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

function ofType<T extends Resource["resourceType"]>(bundle: Bundle, type: T) {
  return bundle.entry
    .map((entry) => entry.resource)
    .filter((resource): resource is Extract<Resource, { resourceType: T }> => {
      return resource.resourceType === type;
    });
}

const totalCodes = ["44261-6", "total"];
const totalsOf = (bundle: Bundle) =>
  ofType(bundle, "Observation")
    .filter((o: Observation) => totalCodes.includes(o.code.coding[0]?.code ?? ""))
    .map((o) => o.valueQuantity?.value);

describe.each(engines)("the FHIR export on %s", (engine) => {
  const s = useServer(engine, { member: true });
  beforeAll(async () => {
    await takeAll(s.app, s.owner, ownerCheckUps);
    await takeAll(s.app, s.member, memberCheckUps);
  });

  it("answers a FHIR JSON file to download, never cached", async () => {
    const response = await s.owner.get("/api/export/fhir");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/fhir+json; charset=utf-8");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="reconnect-fhir-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.json()).toMatchObject({ resourceType: "Bundle", type: "collection" });
  });

  it("is valid FHIR R4", async () => {
    expect(fhirProblems(await bundleOf(s.owner))).toEqual([]);
  });

  it("holds one completed response per check-up, oldest first, with the app's own totals", async () => {
    const bundle = await bundleOf(s.owner);
    const taken: Taken[] = (await s.owner.get("/api/assessments")).json().assessments;
    const responses = ofType(bundle, "QuestionnaireResponse");
    expect(
      responses.map((r: QuestionnaireResponse) => [r.questionnaire.split("/").at(-1), r.authored]),
    ).toEqual(taken.map((a) => [a.instrument === "phq9" ? "phq-9" : "ucla-3", a.takenAt]));
    expect(responses.every((r) => r.status === "completed")).toBe(true);
    expect(totalsOf(bundle)).toEqual(taken.map((a) => a.score));
    expect(totalsOf(bundle)).toEqual([9, 5, 18]);
    // The first PHQ-9's answers, by LOINC code in item order, as the person gave them.
    expect(responses[0]?.item.map((item) => item.answer[0]?.valueCoding.code)).toEqual([
      "LA6569-3",
      "LA6569-3",
      "LA6570-1",
      "LA6569-3",
      "LA6568-5",
      "LA6569-3",
      "LA6570-1",
      "LA6569-3",
      "LA6568-5",
      "LA6573-5",
    ]);
  });

  it("names nobody: a Patient with only an id, the same each time, and no username", async () => {
    const first = await s.owner.get("/api/export/fhir");
    const second = await bundleOf(s.owner);
    const [patient] = ofType(first.json(), "Patient");
    expect(Object.keys(patient ?? {}).sort()).toEqual(["id", "meta", "resourceType"]);
    expect(ofType(second, "Patient")[0]?.id).toBe(patient?.id);
    expect(first.body).not.toContain(OWNER.username);
    const accounts = await s.app.store.db.selectFrom("users").select("id").execute();
    for (const { id } of accounts) expect(first.body).not.toContain(id);
  });

  it("never holds another person's check-ups, and shares no id with their export", async () => {
    const mine = await bundleOf(s.owner);
    const theirs = await bundleOf(s.member);
    expect(ofType(theirs, "QuestionnaireResponse")).toHaveLength(1);
    expect(totalsOf(theirs)).toEqual([3]);
    expect(ofType(mine, "QuestionnaireResponse")).toHaveLength(3);
    const ids = (bundle: Bundle) => new Set(bundle.entry.map((entry) => entry.resource.id));
    const shared = [...ids(mine)].filter((id) => ids(theirs).has(id));
    expect(shared).toEqual([]);
    const theirAnswers = JSON.stringify(
      ofType(theirs, "QuestionnaireResponse")[0]?.item.map((i) => i.answer),
    );
    const myAnswers = ofType(mine, "QuestionnaireResponse").map((r) =>
      JSON.stringify(r.item.map((i) => i.answer)),
    );
    expect(myAnswers).not.toContain(theirAnswers);
  });

  it("is noted in the person's access log as an export", async () => {
    await s.owner.get("/api/export/fhir");
    const log = (await s.owner.get("/api/access-log")).json();
    expect(log.entries[0]).toMatchObject({ event: "export" });
  });

  it("opens to a session only: no cookie, a share link or a calendar link gets 401", async () => {
    const share = await s.owner.post("/api/shares", { energy: "okay", contact: "A call is fine" });
    expect(share.statusCode, share.body).toBe(201);
    const shareToken = String(share.json().url).split("/").at(-1) ?? "";
    const feed = await s.owner.post("/api/calendar/feed");
    expect(feed.statusCode, feed.body).toBe(201);
    const calendarToken = String(feed.json().url).split("/").at(-1)?.replace(".ics", "") ?? "";
    const stranger = s.app.client();
    expect((await stranger.get("/api/export/fhir")).statusCode).toBe(401);
    for (const token of [shareToken, calendarToken]) {
      expect(token.length).toBeGreaterThan(20);
      const response = await stranger.request("GET", "/api/export/fhir", undefined, {
        authorization: `Bearer ${token}`,
      });
      expect(response.statusCode).toBe(401);
      expect(response.body).not.toContain("QuestionnaireResponse");
      const asQuery = await stranger.get(`/api/export/fhir?token=${token}`);
      expect(asQuery.statusCode).toBe(401);
    }
  });

  it("refuses what it does not understand in the address, naming it", async () => {
    const response = await s.owner.get("/api/export/fhir?format=xml");
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: "invalid-input" });
    expect(JSON.stringify(response.json().error.fields)).toContain("format");
  });
});
