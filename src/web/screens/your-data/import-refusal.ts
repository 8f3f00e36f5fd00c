import { isLocalDate } from "../../../core/dates/local-date.js";
import { isolated } from "../../../core/text/isolated.js";

/** What the browser knows of a chosen file before sending a byte of it. */
export interface ChosenFile {
  name: string;
  type: string;
  size: number;
}

/** A refusal as the server gave it: its code, its sentence and `fields` keyed by JSON path. */
export interface Refusal {
  code: string;
  message: string;
  fields: Readonly<Record<string, string>>;
}

/** The refusal in a person's words: a sentence, and one line per record to change. */
export interface RefusalWords {
  message: string;
  problems: string[];
}

const CHOOSE_EXPORT =
  'Choose the file called reconnect-export-….json, which "Download all my data" saves.';

/*
 * The file's name as its owner gave it, isolated inside our sentence. A right-to-left override in
 * a name draws it as another ("export", override, "nosj.csv" shows as "exportvsc.json"), and one
 * left open at its end drew every word of ours after it backwards, down to which file to choose
 * instead; a Hebrew or Arabic name pulled our closing quote mark to its own side. The quote marks
 * stay ours, outside the isolate.
 */
const named = (file: ChosenFile) => `"${isolated(file.name)}"`;

const emptyWords = (file: ChosenFile) =>
  `${named(file)} is empty, so there is nothing in it to bring in. ${CHOOSE_EXPORT}`;
const spreadsheetWords = (file: ChosenFile) =>
  `${named(file)} is a spreadsheet file. Bringing data in takes the file that "Download all my data" saves, called reconnect-export-….json.`;
const otherKindWords = (file: ChosenFile) =>
  `${named(file)} looks like a picture or another kind of file, not a Reconnect export. ${CHOOSE_EXPORT}`;

const isSpreadsheet = (file: ChosenFile) => /\.csv$/i.test(file.name) || file.type === "text/csv";
// JSON and plain text may be an export saved under another name; anything else never is.
const mayBeText = (type: string) =>
  type === "" || type.startsWith("text/") || type === "application/json" || type.endsWith("+json");

/**
 * A file the browser can already tell is not an export (empty, a spreadsheet, a photo), said at
 * once and by what it is, rather than sent and refused in the server's terms. Null to send it.
 */
export function refusalBeforeSending(file: ChosenFile): string | null {
  if (file.size === 0) return emptyWords(file);
  if (isSpreadsheet(file)) return spreadsheetWords(file);
  if (!mayBeText(file.type)) return otherKindWords(file);
  return null;
}

/** Each list of records, said as one of it. */
const RECORD_WORDS: Record<string, string> = {
  checkins: "check-in",
  assessments: "check-up",
  thoughts: "thought record",
  activities: "own activity",
  hiddenActivities: "hidden activity",
  plans: "planned activity",
  people: "person in your circle",
  shares: "share card",
  targets: "routine time",
  ticks: "routine tick",
};

/** The parts that are one thing, not a list. */
const PART_WORDS: Record<string, string> = {
  safetyPlan: "the safety plan",
  account: "the account",
  calendarFeed: "the calendar link",
  reminders: "the reminders",
};

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

const isIndex = (segment: string) => /^\d+$/.test(segment);
/** "personId" as "person id". */
const words = (name: string) => name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

function recordAt(doc: unknown, list: string[], index: number): unknown {
  let value: unknown = doc;
  for (const key of list) {
    value =
      typeof value === "object" && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  return Array.isArray(value) ? value[index] : undefined;
}

/** Which record a path points at, and the rest of the path inside it. */
function placeOf(
  segments: string[],
  doc: unknown,
  formatDay: (date: string) => string,
): { place: string | null; rest: string[] } {
  const [first = "", second = "", third = ""] = segments;
  const listPath =
    first === "routine" && (second === "targets" || second === "ticks") && isIndex(third)
      ? [first, second]
      : RECORD_WORDS[first] !== undefined && isIndex(second)
        ? [first]
        : null;
  if (listPath !== null) {
    const index = Number(segments[listPath.length]);
    const kind = RECORD_WORDS[listPath.at(-1) ?? ""] ?? "";
    const record = recordAt(doc, listPath, index);
    const date =
      typeof record === "object" && record !== null
        ? (record as Record<string, unknown>).date
        : undefined;
    // A check-in is known by its day; counted from one otherwise, as a person counts.
    const place =
      first === "checkins" && typeof date === "string" && isLocalDate(date)
        ? `the check-in for ${formatDay(date)}`
        : `the ${ordinal(index + 1)} ${kind}`;
    return { place, rest: segments.slice(listPath.length + 1) };
  }
  const part = PART_WORDS[first];
  return part !== undefined
    ? { place: part, rest: segments.slice(1) }
    : { place: null, rest: segments };
}

/** What inside the record is wrong: "the mood", "the person of its 1st connection". */
function subjectOf(rest: string[]): string {
  const last = rest.findLastIndex(isIndex);
  if (last > 0) {
    const collection = words(rest[last - 1] ?? "").replace(/s$/, "");
    const field = rest
      .slice(last + 1)
      .filter((segment) => !isIndex(segment))
      .at(-1);
    const within = `its ${ordinal(Number(rest[last]) + 1)} ${collection}`;
    return field === undefined ? within : `the ${words(field)} of ${within}`;
  }
  const field = rest.at(-1);
  return field === undefined ? "it" : `the ${words(field)}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One refused path and its rule as a line a person can act on. */
export function problemWords(
  path: string,
  rule: string,
  doc: unknown,
  formatDay: (date: string) => string,
): string {
  const { place, rest } = placeOf(path.split("."), doc, formatDay);
  // A record's rule is the one its route says, and a route names its field ("minutes must be a
  // whole number from 1 to 600"); said once here ("the minutes must …"), not "the minutes minutes".
  const field = rest.filter((segment) => !isIndex(segment)).at(-1);
  const own = field !== undefined && rule.startsWith(`${field} `);
  const said = `${subjectOf(rest)} ${own ? rule.slice(field.length + 1) : rule}`;
  return capitalised(place === null ? said : `${place}: ${said}`);
}

/**
 * The server's refusal of a file in words for the person who chose it. The API's `fields` name
 * JSON paths counted from zero (its public contract); here they become records named by their day
 * or counted from one, with the server's rule kept. `doc` is the file as parsed here, if it was.
 */
export function refusalWords(
  refusal: Refusal,
  file: ChosenFile,
  doc: unknown,
  formatDay: (date: string) => string,
): RefusalWords {
  const none = (message: string): RefusalWords => ({ message, problems: [] });
  if (refusal.code === "not-utf8") return none(otherKindWords(file));
  if (refusal.code === "invalid-json") {
    return none(
      isSpreadsheet(file)
        ? spreadsheetWords(file)
        : `${named(file)} could not be read as a Reconnect export: it may be cut short or changed by hand. Nothing was imported.`,
    );
  }
  // The file's own words say whose file it is or which version; the rule behind them is jargon.
  if (refusal.code === "not-a-reconnect-export" || refusal.code === "newer-version") {
    return none(refusal.message);
  }
  if (refusal.code === "invalid-import" && refusal.fields.body !== undefined) {
    return none(
      file.size === 0
        ? emptyWords(file)
        : `${named(file)} does not hold a Reconnect export, so nothing was imported. ${CHOOSE_EXPORT}`,
    );
  }
  const problems = Object.entries(refusal.fields).map(([path, rule]) =>
    problemWords(path, rule, doc, formatDay),
  );
  if (refusal.code === "invalid-import" && problems.length > 0) {
    return {
      message: "Nothing was imported. These parts of the file need changing first:",
      problems,
    };
  }
  return { message: refusal.message, problems };
}
