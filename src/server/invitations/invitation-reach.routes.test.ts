import { afterEach, describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

const PUBLIC_URL = "https://reconnect.example.org";

// The people screen warns before making an invitation that can open on no other device, and
// builds the link on PUBLIC_URL: both need where links open, told as for share cards.
describe.each(engines)("where invitation links open, on %s", (engine) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("says a link opens only on this computer when it listens on loopback with no PUBLIC_URL", async () => {
    t = await createTestApp(engine, { shareReach: { listenHost: "127.0.0.1" } });
    const owner = await t.owner();
    expect((await owner.get("/api/invitations")).json().links).toEqual({
      publicUrl: null,
      onlyThisComputer: true,
    });
  });

  it("gives the public address when there is one, with the link itself still a path", async () => {
    t = await createTestApp(engine, { shareReach: { publicUrl: PUBLIC_URL, listenHost: "::" } });
    const owner = await t.owner();
    expect((await owner.post("/api/invitations", {})).json().url).toMatch(/^\/join\//);
    expect((await owner.get("/api/invitations")).json()).toEqual({
      invitations: [expect.objectContaining({ kind: "invitation" })],
      links: { publicUrl: PUBLIC_URL, onlyThisComputer: false },
    });
  });
});
