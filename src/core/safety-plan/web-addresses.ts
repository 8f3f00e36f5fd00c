import type { ContactLink } from "../crisis/contact-links.js";

// "https://…", "http://…" or "www.…", up to the next space. Only these two schemes are ever
// linked, so nothing written in a plan can become a script or a file link.
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
// Punctuation that ends the sentence around an address rather than the address itself.
const TRAILING = new Set([...".,;:!?)]'\""]);

/**
 * The address without the sentence's punctuation after it, read back from the end (a pattern
 * anchored at the end tried again from every character of a long run of dots). A ")" stays when
 * the address opened one: "https://en.wikipedia.org/wiki/Samaritans_(charity)".
 */
function withoutTrailing(written: string): string {
  let opens = 0;
  let closes = 0;
  for (const c of written) {
    if (c === "(") opens += 1;
    else if (c === ")") closes += 1;
  }
  let end = written.length;
  while (end > 0) {
    const c = written.charAt(end - 1);
    if (!TRAILING.has(c) || (c === ")" && closes <= opens)) break;
    if (c === ")") closes -= 1;
    end -= 1;
  }
  return written.slice(0, end);
}

/**
 * Every web address a person wrote, as a link that opens it: in a hard moment, copying an
 * address out of a sentence takes two hands and a steady thumb. The link names the site alone
 * ("Open www.example.org"), so the button stays short and a screen reader says where it goes.
 */
export function webAddressesIn(text: string): ContactLink[] {
  const found: ContactLink[] = [];
  for (const match of text.matchAll(ADDRESS)) {
    const written = withoutTrailing(match[0]);
    const href = /^https?:\/\//i.test(written) ? written : `https://${written}`;
    let host: string;
    try {
      host = new URL(href).host;
    } catch {
      continue;
    }
    if (host === "" || found.some((link) => link.href === href)) continue;
    found.push({ kind: "web", href, label: `Open ${host}` });
  }
  return found;
}
