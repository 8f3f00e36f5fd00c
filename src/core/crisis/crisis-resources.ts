import { z } from "zod";
import { type CrisisResources, crisisResourceSchema } from "./crisis-resources.schema.js";
import { INTERNATIONAL, pickRegion } from "./region-pick.js";
import data from "./resources.json" with { type: "json" };

export {
  type CrisisResource,
  type CrisisResources,
  crisisResourceSchema,
  crisisResourcesSchema,
} from "./crisis-resources.schema.js";

const fileSchema = z.object({
  compiled: z.string(),
  fallback: z.object({ emergency: z.string(), resources: z.array(crisisResourceSchema) }),
  regions: z.record(
    z.string(),
    z.object({ emergency: z.string(), resources: z.array(crisisResourceSchema) }),
  ),
});

// Parsed once: a malformed list must fail loudly at start, never on the crisis page itself.
const list = fileSchema.parse(data);

export { INTERNATIONAL } from "./region-pick.js";

// Maps, not the parsed objects: region codes and language tags come from requests, and a plain
// object answers `constructor` or `toString` with what every object has (a 500 on the crisis page).
const regions = new Map(Object.entries(list.regions));

export const knownRegions: readonly string[] = [...regions.keys()].sort();

/** Region names for the picker, written in English so every visitor can read the list. */
const regionNames = new Map<string, string>(
  Object.entries({
    AU: "Australia",
    CA: "Canada",
    DE: "Germany",
    FR: "France",
    GB: "United Kingdom",
    IE: "Ireland",
    NL: "Netherlands",
    NZ: "New Zealand",
    US: "United States",
  }),
);

export function regionName(code: string): string {
  return regionNames.get(code) ?? (code === INTERNATIONAL ? "Another country" : code);
}

export function crisisResourcesFor(region: string | undefined): CrisisResources {
  const code = (region ?? "").trim().toUpperCase();
  const known = code ? regions.get(code) : undefined;
  if (known) {
    return {
      region: code,
      known: true,
      resources: known.resources,
      emergency: known.emergency,
      verified: list.compiled,
    };
  }
  return {
    region: INTERNATIONAL,
    known: false,
    resources: list.fallback.resources,
    emergency: list.fallback.emergency,
    verified: list.compiled,
  };
}

/**
 * Picks a region from language tags such as `en-GB` or an Accept-Language header.
 * A bare language ("de", "fr", "nl") maps to the country where that language is the main one we list.
 */
export function regionFromLanguages(tags: readonly string[]): string {
  return pickRegion(tags, regions);
}

/** Splits an Accept-Language header into tags, best first. */
export function parseAcceptLanguage(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0 };
    })
    .filter((entry) => entry.tag && entry.tag !== "*" && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .map((entry) => entry.tag);
}
