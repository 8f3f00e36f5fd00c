import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ServerDidNotStart, spawnServer } from "../support/spawn-server.js";

/** Whether a process with this id is still there (signal 0 only asks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("a server the tests start that is too slow to come up", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "reconnect-slow-start-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("is stopped before the test hears that it did not start", async () => {
    const started = spawnServer({ DATA_DIR: dataDir }, { startWithinMs: 1 });
    const refused = await started.then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(ServerDidNotStart);
    const { pid } = refused as ServerDidNotStart;
    expect(pid).toBeTypeOf("number");
    expect(alive(pid ?? 0)).toBe(false);
  });
});
