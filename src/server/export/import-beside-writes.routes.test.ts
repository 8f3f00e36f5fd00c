import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { lifeExport } from "../../../bench/ten-years.js";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";
import { SESSION_MS } from "../sessions/session-cookie.js";
import { importDocument } from "./import-document.js";

/** Enough of a life that the import gives way many times inside its one transaction. */
const LIFE = { days: 700, thoughts: 450, plans: 900, people: 30 };

const HOUR_MS = 3_600_000;

/**
 * Another person's writes while an import is under way: a session's renewal and the routes that
 * write one statement go to `store.db` itself, outside `store.write`. On SQLite there is one
 * writing connection, and the import's transaction holds it between its steps; such a write
 * must never run inside that transaction (an import that then fails would take the write back
 * with it, after the person was told it was saved), only after it, as `store.write`'s do.
 */
describe.each(engines)("another person's writes beside a long import on %s", (engine) => {
  const s = useServer(engine, { member: true, freshEachTest: true });

  it("are kept when the import fails: none of them ran inside its transaction", async () => {
    const ownerId = (await s.owner.get("/api/me")).json().id;
    const memberId = (await s.member.get("/api/me")).json().id;
    await s.owner.put("/api/checkins/2026-11-20", { mood: 4, note: "before the import" });
    const { exportedAt: _, ...before } = (await s.owner.get("/api/export")).json();
    // Two hours on, the member's session is due its renewal (once an hour) at their next request.
    s.app.clock.advance(2 * HOUR_MS);
    const renewedUntil = new Date(s.app.clock.now().getTime() + SESSION_MS).toISOString();
    const store = s.app.store;
    let writing: () => void = () => undefined;
    const underWay = new Promise<void>((resolve) => {
      writing = resolve;
    });
    const failed = store
      .write(async (trx) => {
        // The transaction holds the writer from here (SQLite's `begin immediate`).
        writing();
        await importDocument(
          trx,
          ownerId,
          lifeExport(LIFE),
          "replace",
          randomUUID,
          s.app.clock.now().toISOString(),
        );
        throw new Error("the disk is full");
      })
      .catch((error: unknown) => error);
    await underWay;
    // A read whose renewal is due, a one-statement write on `store.db`, and a save through
    // `store.write`, all sent while the import's transaction is open.
    const [read, reminders, saved] = await Promise.all([
      s.member.get("/api/checkins?from=2026-11-01&to=2026-11-30"),
      s.member.put("/api/reminders", {
        checkinTime: "20:30",
        steps: { on: true, minutesBefore: 30 },
      }),
      s.member.put("/api/checkins/2026-11-29", { mood: 6 }),
    ]);
    expect(await failed).toEqual(new Error("the disk is full"));
    expect(read.statusCode).toBe(200);
    expect(reminders.statusCode).toBe(200);
    expect(saved.statusCode).toBe(200);

    // The import left nothing...
    const { exportedAt: __, ...after } = (await s.owner.get("/api/export")).json();
    expect(after).toEqual(before);
    // ...and took none of the member's writes with it.
    const session = await store.db
      .selectFrom("sessions")
      .select("expires_at")
      .where("user_id", "=", memberId)
      .executeTakeFirstOrThrow();
    expect(session.expires_at).toBe(renewedUntil);
    const member = await store.db
      .selectFrom("users")
      .select("last_seen_at")
      .where("id", "=", memberId)
      .executeTakeFirstOrThrow();
    expect(member.last_seen_at).toBe(s.app.clock.now().toISOString());
    expect((await s.member.get("/api/reminders")).json()).toEqual({
      checkinTime: "20:30",
      steps: { on: true, minutesBefore: 30 },
    });
    const month = (await s.member.get("/api/checkins?from=2026-11-01&to=2026-11-30")).json();
    expect(month.checkins.map((c: { date: string }) => c.date)).toEqual(["2026-11-29"]);
  });
});
