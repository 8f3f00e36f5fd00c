import { textWay } from "../crisis/contact-links.js";
import type { CrisisResources } from "../crisis/crisis-resources.js";
import type { SafetyPlan } from "./safety-plan.schema.js";

/** One crisis line as a line of a safety plan, e.g. "Samaritans: call 116 123 · 24/7 · https://…". */
export function crisisLineEntry(resource: CrisisResources["resources"][number]): string {
  const ways = [
    resource.phone ? `call ${resource.phone}` : "",
    resource.text ? textWay(resource.text) : "",
    resource.hours ?? "",
    resource.url ?? "",
  ].filter((part) => part !== "");
  return ways.length > 0 ? `${resource.name}: ${ways.join(" · ")}` : resource.name;
}

/** The region's lines as a new plan writes them among the professionals, emergency number last. */
function regionLineEntries(region: Pick<CrisisResources, "resources" | "emergency">): string[] {
  return [...region.resources.map(crisisLineEntry), `In an emergency: call ${region.emergency}`];
}

/**
 * The entries a person wrote or changed themselves: the region's lines, as a new plan filled them
 * in, left out. For a place that shows those lines just above (PHQ-9 item 9's help), where the
 * plan would only say them again and push the person's own words further down.
 */
export function withoutRegionLines(
  entries: readonly string[],
  region: Pick<CrisisResources, "resources" | "emergency">,
): string[] {
  const prefilled = new Set(regionLineEntries(region));
  return entries.filter((entry) => !prefilled.has(entry.trim()));
}

/**
 * A plan nobody has written yet: every step empty except the professionals, which start with the
 * region's crisis lines and emergency number so help is written down from the very first look.
 */
export function emptySafetyPlan(region: CrisisResources): SafetyPlan {
  return {
    warningSigns: [],
    copingAlone: [],
    distractions: [],
    peopleToAsk: [],
    professionals: regionLineEntries(region),
    saferSurroundings: [],
    reasonsForLiving: [],
    updatedAt: null,
  };
}
