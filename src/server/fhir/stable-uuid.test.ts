import { describe, expect, it } from "vitest";
import { stableUuid, uuidV5 } from "./stable-uuid.js";

const DNS_NAMESPACE = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";

describe("name-based UUIDs for the FHIR export", () => {
  it("makes version 5 UUIDs as RFC 9562 does (the value Python's uuid.uuid5 gives)", () => {
    expect(uuidV5(DNS_NAMESPACE, "python.org")).toBe("886313e1-3b8a-5372-9b90-0c9aee199e5d");
  });

  it("gives the same UUID for the same name and another for another name", () => {
    expect(stableUuid("account-1/patient")).toBe(stableUuid("account-1/patient"));
    expect(stableUuid("account-1/patient")).not.toBe(stableUuid("account-2/patient"));
    expect(stableUuid("account-1/patient")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
