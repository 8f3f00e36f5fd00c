import { describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";

// "Zoé" as one character (NFC) and as e + a combining accent (NFD): what two keyboards type for
// the same name. Both are kept exactly as typed; they only have to be matched as one person.
const COMPOSED = "Zo\u00e9";
const DECOMPOSED = "ZOE\u0301";

describe.each(engines)("a name typed in another Unicode form, on %s", (engine) => {
  const server = useServer(engine);

  it("counts a check-in naming the same person in another form and case as a connection with them", async () => {
    const { owner } = server;
    const person = await owner.post("/api/people", {
      name: COMPOSED,
      relationship: "",
      contactPreference: "call",
      wantedEveryDays: 7,
    });
    expect(person.statusCode).toBe(201);
    const saved = await owner.put("/api/checkins/2026-11-20", {
      mood: 5,
      connections: [{ name: DECOMPOSED, mode: "call" }],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().connections[0].name).toBe(DECOMPOSED);

    const circle = (await owner.get("/api/people")).json();
    const zoe = circle.people.find((p: { id: string }) => p.id === person.json().id);
    expect(zoe.lastConnected).toBe("2026-11-20");
    expect(circle.suggested).toEqual([]);
  });
});
