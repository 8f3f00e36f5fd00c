import { describe, expect, it } from "vitest";
import { crisisResourcesFor, INTERNATIONAL, knownRegions } from "../crisis/crisis-resources.js";
import { findPhoneNumbers } from "./phone-numbers.js";
import { emptySafetyPlan } from "./prefill.js";

const written = (text: string) => findPhoneNumbers(text).map((n) => n.written);

describe("phone numbers written in a safety plan", () => {
  it("finds a UK mobile and offers to call or text it", () => {
    expect(findPhoneNumbers("My sister Lena, 07700 900456")).toEqual([
      { written: "07700 900456", call: "tel:07700900456", text: "sms:07700900456" },
    ]);
    expect(findPhoneNumbers("Lena +44 7700 900456")).toEqual([
      { written: "+44 7700 900456", call: "tel:+447700900456", text: "sms:+447700900456" },
    ]);
    expect(written("Jo (07700 900123)")).toEqual(["07700 900123"]);
    expect(written("Jo,07700900123.")).toEqual(["07700900123"]);
  });

  it("finds a US number in its usual shapes", () => {
    expect(findPhoneNumbers("Dad (555) 123-4567")).toEqual([
      { written: "(555) 123-4567", call: "tel:5551234567", text: "sms:5551234567" },
    ]);
    expect(written("Mo 555-123-4567 or 555.123.4567")).toEqual(["555-123-4567"]);
    expect(written("Ana +1 555 123 4567")).toEqual(["+1 555 123 4567"]);
    expect(written("Corner shop 555-1234")).toEqual(["555-1234"]);
  });

  it("offers only a call for a UK landline, a freephone line or a short code", () => {
    expect(findPhoneNumbers("My doctor, Dr Patel, 020 7946 0000")).toEqual([
      { written: "020 7946 0000", call: "tel:02079460000", text: null },
    ]);
    expect(findPhoneNumbers("Samaritans 116 123")).toEqual([
      { written: "116 123", call: "tel:116123", text: null },
    ]);
    expect(findPhoneNumbers("freephone 0800 111 0 111")[0]?.text).toBeNull();
  });

  it("reads what the words say a number is for", () => {
    expect(findPhoneNumbers("In an emergency: call 112 or 999")).toEqual([
      { written: "112", call: "tel:112", text: null },
      { written: "999", call: "tel:999", text: null },
    ]);
    expect(findPhoneNumbers("Shout: Text SHOUT to 85258 · 24/7")).toEqual([
      { written: "85258", call: null, text: "sms:85258?&body=SHOUT" },
    ]);
    expect(findPhoneNumbers("1737: call 1737 · text 1737")).toEqual([
      { written: "1737", call: "tel:1737", text: null },
      { written: "1737", call: null, text: "sms:1737" },
    ]);
    expect(findPhoneNumbers("ring Mum on 0161 496 0000")[0]?.call).toBe("tel:01614960000");
    expect(findPhoneNumbers("Mobile: 07700 900456")[0]?.text).toBe("sms:07700900456");
  });

  it("does not take dates, times, years, counts, prices or spans for numbers", () => {
    for (const text of [
      "Walk for 3 days",
      "Go to bed by 10:30",
      "Since 2019",
      "From 1998-2004 I lived there",
      "12/03/2024",
      "2024-03-12",
      "12-03-2024",
      "Meet at 3pm, or 3.30 pm",
      "Save £1,200.50 for a holiday",
      "90% of the time",
      "Call Mum at 10",
      "Ring 2 friends",
      "Room 101",
      "Sleep 7 8 hours",
      "Page 123456a",
      "Text me in 5 minutes",
      "24/7",
      "123456",
      "Flight BA2490",
      "Card 1234 5678 9012 3456 7890",
      "",
    ]) {
      expect(written(text), text).toEqual([]);
    }
  });

  it("offers a call for every number a new plan is pre-filled with, for every region", () => {
    for (const region of [...knownRegions, INTERNATIONAL]) {
      const info = crisisResourcesFor(region);
      const lines = emptySafetyPlan(info).professionals.join("\n");
      const calls = findPhoneNumbers(lines).flatMap((n) => (n.call ? [n.call] : []));
      const texts = findPhoneNumbers(lines).flatMap((n) => (n.text ? [n.text] : []));
      for (const resource of info.resources) {
        if (resource.phone) expect(calls).toContain(`tel:${resource.phone.replace(/\D/g, "")}`);
        if (resource.text) {
          const to = /(\d[\d ]*\d|\d)\s*$/.exec(resource.text)?.[1]?.replace(/\D/g, "");
          expect(
            texts.some((href) => href.startsWith(`sms:${to}`)),
            resource.text,
          ).toBe(true);
        }
      }
      for (const number of info.emergency.match(/\d+/g) ?? []) {
        expect(calls, region).toContain(`tel:${number}`);
      }
    }
  });
});
