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

/**
 * When the list was last checked, as a date anyone can read ("29 November 2026"), the same on
 * every server whatever its language. It said "2026-11-29": a code to work out, on the page
 * someone reads at their worst. A date that does not parse is shown as it is.
 */
export function listCheckedNote(verified: string): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(verified);
  const instant = parts
    ? new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])))
    : null;
  const written =
    instant && !Number.isNaN(instant.getTime())
      ? instant.toLocaleDateString("en-GB", {
          day: "numeric",
          month: "long",
          year: "numeric",
          timeZone: "UTC",
        })
      : verified;
  return `<p class="small">This list was checked on <time datetime="${e(verified)}">${e(written)}</time>. Numbers sometimes change; each service's own site has the latest.</p>`;
}
