import type { ContactLink } from "../crisis/contact-links.js";

// "https://…", "http://…" or "www.…", up to the next space. Only these two schemes are ever
// linked, so nothing written in a plan can become a script or a file link.
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
// Punctuation that ends the sentence around an address rather than the address itself.
const TRAILING = /[.,;:!?)\]'"]+$/;

/**
 * Every web address a person wrote, as a link that opens it: in a hard moment, copying an
 * address out of a sentence takes two hands and a steady thumb. The link names the site alone
 * ("Open www.example.org"), so the button stays short and a screen reader says where it goes.
 */
export function webAddressesIn(text: string): ContactLink[] {
  const found: ContactLink[] = [];
  for (const match of text.matchAll(ADDRESS)) {
    const written = match[0].replace(TRAILING, "");
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
