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
    professionals: [
      ...region.resources.map(crisisLineEntry),
      `In an emergency: call ${region.emergency}`,
    ],
    saferSurroundings: [],
    reasonsForLiving: [],
    updatedAt: null,
  };
}
