import { describe, expect, it } from "vitest";
import { webAddressesIn } from "./web-addresses.js";

describe("web addresses in a safety plan entry", () => {
  it("offers an address written in a sentence as a link naming its site", () => {
    expect(
      webAddressesIn(
        "Community team: https://www.example-nhs-trust.nhs.uk/services/community-mental-health-team-east",
      ),
    ).toEqual([
      {
        kind: "web",
        href: "https://www.example-nhs-trust.nhs.uk/services/community-mental-health-team-east",
        label: "Open www.example-nhs-trust.nhs.uk",
      },
    ]);
  });

  it("leaves the sentence's own punctuation out, and reads www. addresses as https", () => {
    expect(webAddressesIn("Their chat (www.example.org/chat), open late.")).toEqual([
      { kind: "web", href: "https://www.example.org/chat", label: "Open www.example.org" },
    ]);
    expect(webAddressesIn("See http://example.org/help.")).toEqual([
      { kind: "web", href: "http://example.org/help", label: "Open example.org" },
    ]);
  });

  it("links only web addresses, once each", () => {
    expect(webAddressesIn("javascript:alert(1) file:///etc/passwd ftp://example.org")).toEqual([]);
    expect(webAddressesIn("Jo, 07700 900123")).toEqual([]);
    expect(
      webAddressesIn("https://example.org and again https://example.org").map((l) => l.href),
    ).toEqual(["https://example.org"]);
  });
});
