import { describe, expect, it } from "vitest";
import {
  crisisResourcesFor,
  INTERNATIONAL,
  parseAcceptLanguage,
  regionFromLanguages,
} from "./crisis-resources.js";

describe("crisis resources", () => {
  it("finds a listed region in any letter case", () => {
    expect(crisisResourcesFor("ie").region).toBe("IE");
    expect(crisisResourcesFor("IE").emergency).toBe("112 or 999");
  });
  it("falls back to the international list", () => {
    for (const region of [undefined, "", "XX", "usa"]) {
      const info = crisisResourcesFor(region);
      expect(info.region).toBe(INTERNATIONAL);
      expect(info.known).toBe(false);
      expect(info.resources.length).toBeGreaterThan(0);
    }
  });
  it("reads the region from language tags, best first", () => {
    expect(regionFromLanguages(parseAcceptLanguage("fr-CA,fr;q=0.9,en;q=0.5"))).toBe("CA");
    expect(regionFromLanguages(parseAcceptLanguage("en;q=0.4, en-GB;q=0.9"))).toBe("GB");
    expect(regionFromLanguages(["de"])).toBe("DE");
    expect(regionFromLanguages(["en"])).toBe(INTERNATIONAL);
    expect(regionFromLanguages(["pt-BR"])).toBe(INTERNATIONAL);
    expect(regionFromLanguages(["zh-Hant-TW"])).toBe(INTERNATIONAL);
    expect(regionFromLanguages([])).toBe(INTERNATIONAL);
  });
  it("ignores malformed parts of an Accept-Language header", () => {
    expect(parseAcceptLanguage("*, en-AU;q=abc, en-NZ;q=0.2")).toEqual(["en-NZ"]);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
  });
});
