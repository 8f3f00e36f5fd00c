import { existsSync, readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/test-app.js";

/** Every byte SQLite keeps for the database: the file, its write-ahead log and its index. */
function bytesOnDisk(t: TestApp): { name: string; bytes: Buffer }[] {
  const file = t.store.file ?? "";
  return ["", "-wal", "-shm"].map((suffix) => ({
    name: `reconnect.sqlite${suffix}`,
    bytes: existsSync(`${file}${suffix}`) ? readFileSync(`${file}${suffix}`) : Buffer.alloc(0),
  }));
}

function expectGoneFromDisk(t: TestApp, words: string): void {
  for (const { name, bytes } of bytesOnDisk(t)) {
    expect(bytes.includes(Buffer.from(words)), `${name} still holds "${words}"`).toBe(false);
  }
}

function expectOnDisk(t: TestApp, words: string): void {
  expect(bytesOnDisk(t).some(({ bytes }) => bytes.includes(Buffer.from(words)))).toBe(true);
}

// SQLite keeps old page images in its -wal file until a checkpoint: a deletion that only marks
// rows gone would leave the words readable by anyone who copies the folder.
describe("what deleting leaves on disk (SQLite)", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp("sqlite");
  });
  afterEach(async () => {
    await t.close();
  });

  it("keeps no copy of a deleted check-in's note", async () => {
    const c = await t.owner();
    const note = "check-in words nobody else should read 91c2";
    expect((await c.put("/api/checkins/2026-11-28", { mood: 3, note })).statusCode).toBe(200);
    expectOnDisk(t, note);
    expect((await c.delete("/api/checkins/2026-11-28")).statusCode).toBe(204);
    expectGoneFromDisk(t, note);
  });

  it("keeps no copy of a deleted thought", async () => {
    const c = await t.owner();
    const thought = "a thought written once and taken back 4be7";
    const created = await c.post("/api/thoughts", { thought });
    expect(created.statusCode).toBe(201);
    expectOnDisk(t, thought);
    expect((await c.delete(`/api/thoughts/${created.json().id}`)).statusCode).toBe(204);
    expectGoneFromDisk(t, thought);
  });

  it("keeps no copy of a revoked share card's words", async () => {
    const c = await t.owner();
    const contact = "ring me after six, share words 0d5a";
    const created = await c.post("/api/shares", { energy: "low", contact });
    expect(created.statusCode).toBe(201);
    expectOnDisk(t, contact);
    expect((await c.delete(`/api/shares/${created.json().id}`)).statusCode).toBe(204);
    expectGoneFromDisk(t, contact);
  });
});
