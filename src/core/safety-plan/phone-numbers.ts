import { smsHref, telHref } from "../crisis/contact-links.js";

/** A phone number found in what a person wrote, with the ways it can be reached. */
export interface FoundNumber {
  /** The number as written, e.g. "07700 900456" or "(555) 123-4567". */
  written: string;
  /** A `tel:` link, or null when the words say it is for texting only ("text 85258"). */
  call: string | null;
  /** An `sms:` link, or null when the number cannot take a text (a landline, "call 999"). */
  text: string | null;
}

// A run of digits that may hold single spaces, hyphens and brackets, with a leading plus. Spaces
// only ever join digit groups, so "116 123 or 999" is two numbers and "call 3 times" is no run.
const CANDIDATE = /\+?\(?\d(?:[\d()-]| (?=[\d(]))*\d\)?|\d/g;

// Shapes made of digits that are not phone numbers: dates and spans of years.
const NOT_A_NUMBER = [
  /^\d{4}-\d{1,2}-\d{1,2}$/,
  /^\d{1,2}-\d{1,2}-\d{2,4}$/,
  /^(?:19|20)\d\d ?- ?(?:19|20)\d\d$/,
];

const CALL_WORDS = "call|ring|dial|landline";
const TEXT_WORDS = "text|txt|sms|message|whatsapp";
// Words that name a number without saying how to use it: a mobile can take a text, a landline not.
const NUMBER_WORDS = "phone|telephone|tel|mobile|cell|number";
// The word just before a number that says what it is for: "call 999", "ring her on 0800 …",
// "text 85258", "mobile: 07700 …".
const KEYWORD = new RegExp(
  `\\b(${CALL_WORDS}|${TEXT_WORDS}|${NUMBER_WORDS})\\b(?:\\s+(?:me|us|her|him|them|now))?(?:\\s+(?:on|at))?\\s*[:.]?\\s*$`,
  "i",
);
// "Text SHOUT to 85258": the keyword goes in the message.
const TEXT_WITH_KEYWORD = /\btext\s+([A-Za-z][A-Za-z0-9-]*)\s+to\s*$/i;
// "call 112 or 999", "116 123 / 0800 …": the second number is for the same thing as the first.
const JOINED = /^\s*(?:or|and|,|\/|·)\s*$/i;

/** What the words say a number is for; `text: "maybe"` leaves it to the number's shape. */
type Purpose = { call: boolean; text: boolean | "maybe"; body?: string } | null;

function purposeOf(before: string): Purpose {
  const keyworded = TEXT_WITH_KEYWORD.exec(before);
  if (keyworded?.[1]) return { call: false, text: true, body: keyworded[1] };
  const word = KEYWORD.exec(before)?.[1]?.toLowerCase();
  if (!word) return null;
  if (new RegExp(`^(?:${CALL_WORDS})$`).test(word)) return { call: true, text: false };
  if (new RegExp(`^(?:${TEXT_WORDS})$`).test(word)) return { call: false, text: true };
  return { call: true, text: "maybe" };
}

/** Whether a number with nothing said about it can take a text: mobiles, not known landlines. */
function mayTakeTexts(digits: string): boolean {
  // UK landlines, non-geographic and freephone numbers (01, 02, 03, 08, 09), at home or with +44.
  if (/^(?:0|\+?44)[12389]/.test(digits)) return false;
  return digits.replace(/^\+/, "").length >= 10;
}

/** Drops brackets around the whole number, or one that opens or closes nothing: "(07700 900456)". */
function balanced(written: string): string {
  let text = written;
  if (text.startsWith("(") && text.indexOf(")") === text.length - 1) text = text.slice(1, -1);
  if (text.startsWith("(") && !text.includes(")")) text = text.slice(1);
  if (text.endsWith(")") && !text.includes("(")) text = text.slice(0, -1);
  return text;
}

/**
 * The phone numbers in a line of a safety plan, in order, so a calm view can offer to call or
 * text them. A number is taken when the words around it say so ("call 999", "text 85258",
 * "ring Mum on …", three digits at least), or when it is long enough to be nothing else: eight
 * digits, or six or seven written in groups ("116 123", "555-1234"). Dates, times, years, prices
 * and counts ("3 days", "10:30", "2024", "12/03/2024", "£1,200") are never taken.
 */
export function findPhoneNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  let previous: { end: number; purpose: Purpose } | null = null;
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    const raw = match[0];
    const end = start + raw.length;
    const before = text[start - 1] ?? "";
    const after = text.slice(end, end + 2);
    // Part of a word, a price, a time, a date, a decimal or a percentage: not a number to ring.
    if (/[\p{L}\d/:£$€#@_]/u.test(before)) continue;
    if (/[.,]/.test(before) && /\d/.test(text[start - 2] ?? "")) continue;
    if (/^(?:[\p{L}\d/:%_]|[.,]\d)/u.test(after)) continue;
    const written = balanced(raw);
    if (NOT_A_NUMBER.some((shape) => shape.test(written))) continue;
    const digits = written.replace(/[^\d+]/g, "");
    const count = digits.replace("+", "").length;
    if (count > 15) continue;
    const between: string = previous ? text.slice(previous.end, start) : "";
    const purpose: Purpose =
      purposeOf(text.slice(Math.max(0, start - 40), start)) ??
      (previous && JOINED.test(between) ? previous.purpose : null);
    const grouped = /[ ()-]/.test(written);
    const longEnough = count >= 8 || (count >= 6 && grouped);
    if (purpose ? count < 3 : !longEnough) continue;
    const callable: boolean = purpose ? purpose.call : true;
    const textable: boolean =
      purpose && purpose.text !== "maybe" ? purpose.text : mayTakeTexts(digits);
    found.push({
      written,
      call: callable ? telHref(written) : null,
      text: textable ? smsHref(written, purpose?.body) : null,
    });
    previous = { end, purpose: purpose ?? { call: callable, text: textable } };
  }
  return found;
}
