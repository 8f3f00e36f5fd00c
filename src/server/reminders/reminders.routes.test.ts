import { describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";

const CHOSEN = { checkinTime: "20:30", steps: { on: true, minutesBefore: 10 } };

describe.each(engines)("reminder settings on %s", (engine) => {
  const s = useServer(engine, { freshEachTest: true });

  it("are all off until the person chooses, then keep what they chose", async () => {
    const before = await s.owner.get("/api/reminders");
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({ checkinTime: null, steps: { on: false, minutesBefore: 15 } });

    const saved = await s.owner.put("/api/reminders", CHOSEN);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual(CHOSEN);
    expect((await s.owner.get("/api/reminders")).json()).toEqual(CHOSEN);

    // Turning them off again is a choice too, kept as made.
    const off = { checkinTime: null, steps: { on: false, minutesBefore: 10 } };
    expect((await s.owner.put("/api/reminders", off)).json()).toEqual(off);
    expect((await s.owner.get("/api/reminders")).json()).toEqual(off);
    expect(await s.app.store.db.selectFrom("reminder_settings").selectAll().execute()).toHaveLength(
      1,
    );
  });

  it("refuses bad settings with every wrong field named, and keeps what was there", async () => {
    await s.owner.put("/api/reminders", CHOSEN);
    const cases: [unknown, Record<string, unknown>][] = [
      [
        { checkinTime: "25:00", steps: { on: "yes", minutesBefore: 1.5 } },
        {
          checkinTime: expect.stringContaining("25:00"),
          "steps.on": expect.any(String),
          "steps.minutesBefore": expect.any(String),
        },
      ],
      [{ checkinTime: "08:00" }, { steps: "is required" }],
      [
        { checkinTime: "8:00", steps: { on: true, minutesBefore: 721 }, sound: "loud" },
        {
          checkinTime: expect.any(String),
          "steps.minutesBefore": "must be at most 720",
          sound: "is not a field we know",
        },
      ],
      [[], { body: "must be a JSON object" }],
    ];
    for (const [body, fields] of cases) {
      const answer = await s.owner.put("/api/reminders", body);
      expect(answer.statusCode, JSON.stringify(body)).toBe(400);
      expect(answer.json().error).toMatchObject({ code: "invalid-input", fields });
    }
    expect((await s.owner.get("/api/reminders")).json()).toEqual(CHOSEN);
  });

  it("belong to one person: another sees their own defaults, and none without a session", async () => {
    await s.owner.put("/api/reminders", CHOSEN);
    const member = await s.app.member();
    expect((await member.get("/api/reminders")).json()).toMatchObject({ checkinTime: null });
    const anonymous = s.app.client();
    expect((await anonymous.get("/api/reminders")).statusCode).toBe(401);
    expect((await anonymous.put("/api/reminders", CHOSEN)).statusCode).toBe(401);
    expect((await s.owner.get("/api/reminders")).json()).toEqual(CHOSEN);
  });

  it("go with the account when it is erased", async () => {
    await s.owner.put("/api/reminders", CHOSEN);
    expect((await s.owner.delete("/api/me", { password: "a quiet morning walk" })).statusCode).toBe(
      204,
    );
    expect(await s.app.store.db.selectFrom("reminder_settings").selectAll().execute()).toEqual([]);
  });
});
