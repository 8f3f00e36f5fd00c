import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { EXPORT_VERSION, exportDocumentSchema } from "../../core/export/export-document.schema.js";
import {
  EXPORT_UPGRADES,
  OLDEST_EXPORT_VERSION,
  type UncheckedExport,
  upgradeExport,
} from "../../core/export/upgrade-export.js";

/** Every version Reconnect has written, oldest first. */
const versions = Array.from(
  { length: EXPORT_VERSION - OLDEST_EXPORT_VERSION + 1 },
  (_, i) => OLDEST_EXPORT_VERSION + i,
);

const fixtureUrl = (version: number) =>
  new URL(`../../../test/fixtures/export/v${version}.json`, import.meta.url);

/** A file as an export of that version wrote it, kept so every later Reconnect must still read it. */
function fixture(version: number): UncheckedExport {
  return JSON.parse(readFileSync(fixtureUrl(version), "utf8"));
}

/** The parts of an export that belong to the moment and the server, not to the person. */
function content(doc: Record<string, unknown>) {
  const { exportedAt: _at, account: _account, version: _version, ...rest } = doc;
  return rest;
}

describe("export versions", () => {
  it.each(versions)("keeps a file of version %i under test/fixtures/export", (version) => {
    expect(
      existsSync(fixtureUrl(version)),
      `a new export version needs test/fixtures/export/v${version}.json, written by that version`,
    ).toBe(true);
    expect(fixture(version)).toMatchObject({ format: "reconnect-export", version });
  });

  it("has one upgrade step from each older version to the next", () => {
    expect([...EXPORT_UPGRADES.keys()].sort((a, b) => a - b)).toEqual(
      versions.filter((v) => v < EXPORT_VERSION),
    );
  });

  it.each(versions)("brings a file of version %i to the current version", (version) => {
    expect(upgradeExport(fixture(version)).version).toBe(EXPORT_VERSION);
  });

  it("leaves a version it does not know as it is, for the schema to name", () => {
    for (const version of [OLDEST_EXPORT_VERSION - 1, EXPORT_VERSION + 1]) {
      const doc = { ...fixture(EXPORT_VERSION), version };
      expect(upgradeExport(doc)).toEqual(doc);
    }
  });
});

describe.each(engines)("importing every export version on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(versions)("takes a file of version %i and exports it again as today's", async (v) => {
    const person = await t.member(`version${v}`);
    const imported = await person.post("/api/import?mode=replace", fixture(v));
    expect(imported.statusCode, imported.body).toBe(200);
    const again = (await person.get("/api/export")).json();
    expect(again.version).toBe(EXPORT_VERSION);
    // As the schema reads the file: a key added later within a version (reminders) takes its
    // default there, the one place a file of any age is made whole.
    expect(content(again)).toEqual(content(exportDocumentSchema.parse(upgradeExport(fixture(v)))));
  });

  it.each([
    ["newer than this Reconnect reads", EXPORT_VERSION + 1, "newer-version"],
    ["older than any Reconnect wrote", OLDEST_EXPORT_VERSION - 1, "invalid-import"],
    ["not a whole number", 1.5, "invalid-import"],
    ["written as text", "1", "invalid-import"],
  ])("refuses a version %s, naming version, and writes nothing", async (_what, version, code) => {
    const person = await t.member(`refused${String(version).replace(/\W/g, "")}`);
    const before = (await person.get("/api/export")).json();
    const response = await person.post("/api/import?mode=replace", {
      ...fixture(EXPORT_VERSION),
      version,
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.code).toBe(code);
    expect(Object.keys(response.json().error.fields)).toEqual(["version"]);
    expect(content((await person.get("/api/export")).json())).toEqual(content(before));
  });
});
