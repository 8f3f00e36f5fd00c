import {
  type ContactLink,
  emergencyLinks,
  resourceLinks,
} from "../../core/crisis/contact-links.js";
import {
  type CrisisResource,
  type CrisisResources,
  INTERNATIONAL,
  knownRegions,
  regionName,
} from "../../core/crisis/crisis-resources.js";
import { escapeHtml as e } from "./html.js";

/** Call and text links as large buttons, one row that wraps on a narrow phone. */
function contactButtons(links: readonly ContactLink[]): string {
  if (links.length === 0) return "";
  const buttons = links.map(
    (link) =>
      `<a class="call${link.kind === "text" ? " text" : ""}" href="${e(link.href)}">${e(link.label)}</a>`,
  );
  return `<p class="ways">${buttons.join(" ")}</p>`;
}

/** One help line as an HTML list item, its name at the heading level of where it sits. */
export function crisisLineItem(r: CrisisResource, heading: "h2" | "h3"): string {
  const parts = [`<${heading}>${e(r.name)}</${heading}>`, contactButtons(resourceLinks(r))];
  if (r.hours) parts.push(`<p class="small">Open ${e(r.hours)}</p>`);
  if (r.url) {
    parts.push(
      `<p class="small"><a href="${e(r.url)}" rel="noreferrer">${e(r.url.replace(/^https?:\/\//, ""))}</a></p>`,
    );
  }
  return `<li>${parts.join("")}</li>`;
}

/**
 * What to do in an emergency, with each emergency number its own call button ("112 or 999" is two).
 * `sentence` starts the advice: "If you are in danger right now" here, "If someone is…" for supporters.
 */
export function emergencyAdvice(info: CrisisResources, sentence: string): string {
  if (!info.known) return `<p>${e(sentence)}, call your local emergency number.</p>`;
  return `<p>${e(sentence)}, call ${e(info.emergency)}.</p>${contactButtons(emergencyLinks(info.emergency))}`;
}

/** The region picker's options, every listed region and "Another country". */
export function regionOptions(selected: string): string {
  return [...knownRegions, INTERNATIONAL]
    .map((code) => {
      const isSelected = code === selected ? " selected" : "";
      return `<option value="${e(code)}"${isSelected}>${e(regionName(code))}</option>`;
    })
    .join("");
}
