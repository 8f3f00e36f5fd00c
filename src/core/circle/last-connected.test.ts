import { describe, expect, it } from "vitest";
import { lastConnectedByPerson } from "./last-connected.js";

const people = [
  { id: "p-sam", name: "Sam" },
  { id: "p-ana", name: "Ana María" },
  { id: "p-jo", name: "Jo" },
];

describe("last connected", () => {
  it("matches check-in connections by person id", () => {
    const latest = lastConnectedByPerson(
      people,
      [
        { date: "2026-03-01", connections: [{ personId: "p-sam", mode: "call" }] },
        { date: "2026-03-04", connections: [{ personId: "p-sam", mode: "message" }] },
        { date: "2026-03-02", connections: [{ personId: "p-sam", mode: "video" }] },
      ],
      [],
    );
    expect(latest.get("p-sam")).toBe("2026-03-04");
    expect(latest.has("p-jo")).toBe(false);
  });
  it("matches a typed-in name without caring about case or spaces", () => {
    const latest = lastConnectedByPerson(
      people,
      [{ date: "2026-03-03", connections: [{ name: "  ana MARÍA ", mode: "in-person" }] }],
      [],
    );
    expect(latest.get("p-ana")).toBe("2026-03-03");
  });
  it("counts done activities with someone, not planned or let-go ones", () => {
    const latest = lastConnectedByPerson(
      people,
      [],
      [
        { date: "2026-03-05", status: "done", personId: "p-jo" },
        { date: "2026-03-09", status: "planned", personId: "p-jo" },
        { date: "2026-03-08", status: "let-go", personId: "p-jo" },
        { date: "2026-03-08", status: "done" },
      ],
    );
    expect(latest.get("p-jo")).toBe("2026-03-05");
    expect(latest.size).toBe(1);
  });
  it("ignores days after today", () => {
    const latest = lastConnectedByPerson(
      people,
      [{ date: "2026-03-10", connections: [{ personId: "p-sam", mode: "call" }] }],
      [{ date: "2026-03-01", status: "done", personId: "p-sam" }],
      "2026-03-05",
    );
    expect(latest.get("p-sam")).toBe("2026-03-01");
  });
  it("ignores connections with people outside the circle", () => {
    const latest = lastConnectedByPerson(
      people,
      [
        {
          date: "2026-03-10",
          connections: [
            { personId: "p-other", mode: "call" },
            { name: "Kim", mode: "call" },
          ],
        },
      ],
      [],
    );
    expect(latest.size).toBe(0);
  });
});
