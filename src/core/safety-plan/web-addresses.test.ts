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

  it("keeps a bracket the address opened, and reads a long run of punctuation in one pass", () => {
    expect(
      webAddressesIn("About them: https://en.wikipedia.org/wiki/Samaritans_(charity)."),
    ).toEqual([
      {
        kind: "web",
        href: "https://en.wikipedia.org/wiki/Samaritans_(charity)",
        label: "Open en.wikipedia.org",
      },
    ]);
    // Stripped by a pattern anchored at the end, this took over ten seconds.
    const long = `https://a.example${".,".repeat(50_000)}x`;
    expect(webAddressesIn(long).map((l) => l.href)).toEqual([long]);
  }, 5_000);

  it("links only web addresses, once each", () => {
    expect(webAddressesIn("javascript:alert(1) file:///etc/passwd ftp://example.org")).toEqual([]);
    expect(webAddressesIn("Jo, 07700 900123")).toEqual([]);
    expect(
      webAddressesIn("https://example.org and again https://example.org").map((l) => l.href),
    ).toEqual(["https://example.org"]);
  });
});
