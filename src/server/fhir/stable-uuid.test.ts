import { describe, expect, it } from "vitest";
import { stableUuid } from "./stable-uuid.js";

describe("name-based UUIDs for the FHIR export", () => {
  it("gives the same UUID for the same name and another for another name", () => {
    expect(stableUuid("account-1/patient")).toBe(stableUuid("account-1/patient"));
    expect(stableUuid("account-1/patient")).not.toBe(stableUuid("account-2/patient"));
  });

  it("is a version 5, RFC 9562 variant UUID that does not show the name", () => {
    const uuid = stableUuid("account-1/patient");
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuid).not.toContain("account");
  });
});
