import { telHref } from "../../core/crisis/contact-links.js";
import {
  type CrisisResource,
  INTERNATIONAL,
  knownRegions,
  regionName,
} from "../../core/crisis/crisis-resources.js";
import { escapeHtml as e } from "./html.js";

/** One help line as an HTML list item, its name at the heading level of where it sits. */
export function crisisLineItem(r: CrisisResource, heading: "h2" | "h3"): string {
  const parts = [`<${heading}>${e(r.name)}</${heading}>`];
  if (r.phone) {
    parts.push(`<a class="call" href="${e(telHref(r.phone))}">Call ${e(r.phone)}</a>`);
  }
  if (r.text) parts.push(`<p>Text: ${e(r.text)}</p>`);
  if (r.hours) parts.push(`<p class="small">Open ${e(r.hours)}</p>`);
  if (r.url) {
    parts.push(
      `<p class="small"><a href="${e(r.url)}" rel="noreferrer">${e(r.url.replace(/^https?:\/\//, ""))}</a></p>`,
    );
  }
  return `<li>${parts.join("")}</li>`;
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
