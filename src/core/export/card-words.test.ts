import { describe, expect, it } from "vitest";
import { ACTIVE_CARD_CONTACT, emptyActiveCards } from "./card-words.js";

const card = (change: { contact?: string; expiresAt?: string; revokedAt?: string | null }) => ({
  id: "s",
  energy: "low" as const,
  contact: "",
  message: null,
  label: null,
  showSteps: false,
  createdAt: "2026-11-01T00:00:00.000Z",
  updatedAt: "2026-11-01T00:00:00.000Z",
  expiresAt: "2026-12-01T00:00:00.000Z",
  revokedAt: null,
  ...change,
});
const EXPORTED = "2026-11-20T00:00:00.000Z";

describe("a file's share cards with no contact", () => {
  it("are named while active, as the share route never makes or keeps one", () => {
    const shares = [card({ contact: "Texts" }), card({})];
    expect(emptyActiveCards({ exportedAt: EXPORTED, shares }, EXPORTED)).toEqual({
      "shares.1.contact": ACTIVE_CARD_CONTACT,
    });
  });

  it("are fine once ended: revoked, or expired by the export or by now", () => {
    const shares = [
      card({ revokedAt: "2026-11-02T00:00:00.000Z" }),
      card({ expiresAt: EXPORTED }),
      card({ expiresAt: "2026-11-25T00:00:00.000Z" }),
    ];
    // Now is later than the export; and a clock behind the exporting one still counts the export.
    expect(emptyActiveCards({ exportedAt: EXPORTED, shares }, "2026-11-26T00:00:00.000Z")).toEqual(
      {},
    );
    expect(
      emptyActiveCards(
        { exportedAt: EXPORTED, shares: shares.slice(0, 2) },
        "2026-11-01T00:00:00.000Z",
      ),
    ).toEqual({});
  });
});
