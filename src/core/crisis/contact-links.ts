import type { CrisisResource, CrisisResources } from "./crisis-resources.js";

/** A way to reach someone, ready to be a link: its address and the words it shows. */
export interface ContactLink {
  /** "web" is a site the person wrote into their own safety plan. */
  kind: "call" | "text" | "web";
  href: string;
  /** What the link says, written as a person would say it: "Call 116 123", "Text SHOUT to 85258". */
  label: string;
}

/** A `tel:` link that phones dial as written: digits and a leading plus only. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  return `tel:${digits.slice(0, 1)}${digits.slice(1).replace(/\+/g, "")}`;
}

/**
 * An `sms:` link that opens the messages app with the number and, when the line asks for one, the
 * keyword already written. `?&body=` is the one form both iOS (which reads `&body=`) and Android
 * (which reads the query's `body`) fill in; a plain `?body=` leaves the message empty on older iPhones.
 */
export function smsHref(number: string, body?: string): string {
  const to = telHref(number).slice("tel:".length);
  return body ? `sms:${to}?&body=${encodeURIComponent(body)}` : `sms:${to}`;
}

/** How to text a line, whether the list says "988" or already "Text HOME to 741741". */
export function textWay(text: string): string {
  return /^text\b/i.test(text) ? text : `text ${text}`;
}

/**
 * The text line a list entry describes: "Text SHOUT to 85258" is the keyword SHOUT sent to 85258;
 * "988" or "0477 13 11 14" is the number alone. Null when no number can be read from it.
 */
export function textLink(text: string): ContactLink | null {
  const keyword = /^\s*text\s+(\S+)\s+to\s+(\+?[\d][\d\s-]*\d|\d)\s*$/i.exec(text);
  if (keyword?.[1] && keyword[2]) {
    return {
      kind: "text",
      href: smsHref(keyword[2], keyword[1]),
      label: `Text ${keyword[1]} to ${keyword[2].trim()}`,
    };
  }
  const number = /^\s*(?:text\s+)?(\+?\d[\d\s-]*\d|\d)\s*$/i.exec(text)?.[1];
  return number ? { kind: "text", href: smsHref(number), label: `Text ${number.trim()}` } : null;
}

/** The ways to reach one help line: a call link for its phone, a text link for its text line. */
export function resourceLinks(resource: CrisisResource): ContactLink[] {
  const links: ContactLink[] = [];
  if (resource.phone) {
    links.push({ kind: "call", href: telHref(resource.phone), label: `Call ${resource.phone}` });
  }
  const text = resource.text ? textLink(resource.text) : null;
  if (text) links.push(text);
  return links;
}

/**
 * The numbers an emergency line names, each its own link: "112 or 999" is two calls, "000" one.
 * The fallback's "your local emergency number" names none, so it has no link.
 */
export function emergencyLinks(emergency: string): ContactLink[] {
  return (emergency.match(/\+?\d[\d ]*\d|\d/g) ?? []).map((number) => ({
    kind: "call",
    href: telHref(number),
    label: `Call ${number.trim()}`,
  }));
}

/** Every link a region's help shows: the emergency numbers, and each line's call and text links. */
export function helpLinksFor(info: Pick<CrisisResources, "emergency" | "resources">): {
  emergency: ContactLink[];
  lines: { resource: CrisisResource; links: ContactLink[] }[];
} {
  return {
    emergency: emergencyLinks(info.emergency),
    lines: info.resources.map((resource) => ({ resource, links: resourceLinks(resource) })),
  };
}
