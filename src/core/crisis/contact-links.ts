/** A `tel:` link that phones dial as written: digits and a leading plus only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/** How to text a line, whether the list says "988" or already "Text HOME to 741741". */
export function textWay(text: string): string {
  return /^text\b/i.test(text) ? text : `text ${text}`;
}
