import { describe, expect, it } from "vitest";
import {
  emergencyLinks,
  helpLinksFor,
  resourceLinks,
  smsHref,
  telHref,
  textLink,
  textWay,
} from "./contact-links.js";
import { crisisResourcesFor, INTERNATIONAL, knownRegions } from "./crisis-resources.js";

/** The numbers written in a piece of the list, as a phone would dial them. */
function numbersIn(text: string): string[] {
  return (text.match(/\+?\d[\d\s-]*\d|\d/g) ?? []).map((n) => n.replace(/[^\d+]/g, ""));
}

describe("ways to reach a crisis line", () => {
  it("dials only digits and a plus", () => {
    expect(telHref("116 123")).toBe("tel:116123");
    expect(telHref("0800 111 0 111")).toBe("tel:08001110111");
    expect(telHref("+61 13 11 14")).toBe("tel:+61131114");
    expect(telHref("(555) 123-4567")).toBe("tel:5551234567");
    expect(telHref("1+2")).toBe("tel:12");
  });

  it("says 'text' once", () => {
    expect(textWay("988")).toBe("text 988");
    expect(textWay("Text HOME to 741741")).toBe("Text HOME to 741741");
  });

  it("writes a text line's keyword into the message, in the form iOS and Android both fill in", () => {
    expect(textLink("Text SHOUT to 85258")).toEqual({
      kind: "text",
      href: "sms:85258?&body=SHOUT",
      label: "Text SHOUT to 85258",
    });
    expect(textLink("988")).toEqual({ kind: "text", href: "sms:988", label: "Text 988" });
    expect(textLink("0477 13 11 14")?.href).toBe("sms:0477131114");
    expect(textLink("text 1737")?.label).toBe("Text 1737");
    expect(smsHref("85258", "HI THERE")).toBe("sms:85258?&body=HI%20THERE");
    expect(textLink("Text us any time")).toBeNull();
  });

  it("makes every emergency number its own call link", () => {
    expect(emergencyLinks("112 or 999").map((l) => [l.href, l.label])).toEqual([
      ["tel:112", "Call 112"],
      ["tel:999", "Call 999"],
    ]);
    expect(emergencyLinks("000").map((l) => l.href)).toEqual(["tel:000"]);
    expect(emergencyLinks("your local emergency number")).toEqual([]);
  });

  it("gives a line with both a phone and a text line a call link and a text link", () => {
    expect(
      resourceLinks({ name: "Pieta", phone: "1800 247 247", text: "Text HELP to 51444" }),
    ).toEqual([
      { kind: "call", href: "tel:1800247247", label: "Call 1800 247 247" },
      { kind: "text", href: "sms:51444?&body=HELP", label: "Text HELP to 51444" },
    ]);
    expect(resourceLinks({ name: "Only a site", url: "https://example.org" })).toEqual([]);
  });

  it.each([...knownRegions, INTERNATIONAL])(
    "links every emergency, phone and text number listed for %s",
    (region) => {
      const info = crisisResourcesFor(region);
      const { emergency, lines } = helpLinksFor(info);
      expect(emergency.map((link) => link.href)).toEqual(
        numbersIn(info.emergency).map((n) => `tel:${n}`),
      );
      if (info.known) expect(emergency.length).toBeGreaterThan(0);
      for (const { resource, links } of lines) {
        const calls = links.filter((l) => l.kind === "call").map((l) => l.href);
        const texts = links.filter((l) => l.kind === "text").map((l) => l.href.split("?")[0]);
        expect(calls).toEqual(
          resource.phone ? numbersIn(resource.phone).map((n) => `tel:${n}`) : [],
        );
        expect(texts).toEqual(resource.text ? numbersIn(resource.text).map((n) => `sms:${n}`) : []);
        for (const link of links) {
          expect(link.href).toMatch(/^(tel:\+?\d+|sms:\+?\d+(\?&body=[A-Z]+)?)$/);
          // Words a person would say: never "Text: Text …" or "call text …".
          expect(link.label).toMatch(/^(Call|Text) [^:]+$/);
          expect(link.label).not.toMatch(/text.*text/i);
        }
      }
    },
  );
});
