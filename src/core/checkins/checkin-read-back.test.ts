import { describe, expect, it } from "vitest";
import { checkinInputSchema, checkinListSchema } from "./checkin.schema.js";

// The app reads the server's days with checkinListSchema. A connection name of a zero-width
// space was saved until 2026-12-05; refusing it now on the way in must not make such a day
// unreadable on the way out, or the check-in and history screens could not show it at all.
describe("a day saved with a connection name that shows nothing", () => {
  it("is refused when sent, and still read back as stored", () => {
    const connections = [{ mode: "call", name: "\u200b" }];
    expect(checkinInputSchema.safeParse({ mood: 4, connections }).success).toBe(false);
    const day = { date: "2026-11-20", mood: 4, connections, updatedAt: "2026-11-20T20:00:00.000Z" };
    expect(checkinListSchema.parse({ checkins: [day] }).checkins[0]?.connections).toEqual(
      connections,
    );
  });
});
