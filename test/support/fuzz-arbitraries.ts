import fc from "fast-check";

/**
 * Hostile input for the route fuzzer: the texts, numbers, keys and headers that broke the app
 * before (half an emoji, NUL, `constructor`, 1e-320) and their relatives. Each arbitrary mixes
 * these on purpose with ordinary values, so requests get deep enough to reach a database.
 */

/** Texts that have each broken something somewhere: kept as constants so every run meets them. */
export const HOSTILE_TEXTS = [
  "",
  " ",
  "\uD83D", // half an emoji: the first half
  "\uDE00", // …and the second half alone
  "a\uD83Db",
  "\u0000",
  "a\u0000b",
  "\u202e", // right-to-left override
  "\u200f", // right-to-left mark
  "\u200b\u200d\ufeff", // zero-width space, joiner, byte-order mark
  "😀",
  "👩‍👩‍👧",
  "𝄞",
  "家族と静かな朝",
  "مرحبا",
  "e\u0301", // é as e and an accent
  "İrİs",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "prototype",
  "1e-320",
  "1e308",
  "-0",
  "NaN",
  "Infinity",
  "null",
  "undefined",
  "%00",
  "%ff",
  "../..",
  "<script>alert(1)</script>",
  "'; DROP TABLE users; --",
  "x".repeat(300),
] as const;

export const PROTOTYPE_KEYS = ["__proto__", "constructor", "toString", "valueOf", "prototype"];

/** One UTF-16 unit anywhere in the range, surrogates included: how lone halves get made. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** The pieces that broke a database before, drawn often on their own. */
const BREAKERS = ["\uD83D", "\uDE00", "\u0000", "a\uDBFFz", "\u202e", "😀"] as const;

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...BREAKERS), weight: 3 },
  { arbitrary: fc.constantFrom(...HOSTILE_TEXTS), weight: 4 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }), weight: 2 },
  { arbitrary: fc.string({ unit: anyUnit, maxLength: 20 }), weight: 2 },
  {
    arbitrary: fc
      .tuple(
        fc.string({ maxLength: 8 }),
        fc.constantFrom(...HOSTILE_TEXTS),
        fc.string({ maxLength: 8 }),
      )
      .map((parts) => parts.join("")),
    weight: 2,
  },
);

export const HOSTILE_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  6.25,
  10,
  11,
  24,
  600,
  1e-320,
  5e-324,
  1e-40,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  -(2 ** 31) - 1,
] as const;

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_NUMBERS), weight: 3 },
  { arbitrary: fc.integer({ min: -5, max: 700 }), weight: 2 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
);

/** Any JSON value, built from the hostile pieces, with prototype names among its keys. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileText,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), hostileText), tie("value")), {
        maxLength: 4,
      })
      .map(toObject),
  ),
})).value;

/** An object from pairs, each key its own property even when it is `__proto__`. */
export function toObject(pairs: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of pairs) {
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return object;
}

/** Accept-Language values: well-formed, broken, huge, and words every object already has. */
export const hostileAcceptLanguage: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "en-GB,en;q=0.9",
    "de",
    "constructor",
    "__proto__",
    "toString;q=1, constructor-GB;q=0.5",
    "*",
    ";q=",
    "en;q=NaN, fr;q=1e-320",
    "x".repeat(2000),
  ),
  fc.string({ maxLength: 40 }).filter((value) => /^[\t\x20-\x7e]*$/.test(value)),
);

/**
 * Encodes one address part the way a client could send it: ordinary text as UTF-8 %-escapes,
 * and half an emoji as the bytes a careless encoder makes of it (not UTF-8, so the app must
 * refuse the address rather than guess).
 */
export function encodePart(text: string): string {
  let out = "";
  for (const char of text) {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      out += `%${(0xe0 | (unit >> 12)).toString(16)}%${(0x80 | ((unit >> 6) & 0x3f)).toString(16)}%${(0x80 | (unit & 0x3f)).toString(16)}`;
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}

/** A version the app could have given, so tags are well formed as well as broken. */
const SOME_VERSION = "2026-11-29T12:00:00.000Z";

/**
 * If-Match and If-None-Match values: the forms the contract takes (one quoted version, `*`) and
 * the ones it refuses by name (weak, listed, unquoted, empty, not a version, a day that does not
 * exist, very long, non-ASCII, control characters), so a conditional save or delete is shown to
 * answer 400 `invalid-condition`, 404, 409 or its 2xx, and never 5xx.
 */
export const hostileConditionValue: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      `"${SOME_VERSION}"`,
      "*",
      " * ",
      "*, *",
      `*, "${SOME_VERSION}"`,
      `W/"${SOME_VERSION}"`,
      "W/*",
      `"${SOME_VERSION}", "2026-11-29T12:05:00.000Z"`,
      `"${SOME_VERSION}",`,
      SOME_VERSION,
      "",
      " ",
      '"',
      '""',
      `"${SOME_VERSION}`,
      '"NaN"',
      '"null"',
      '"constructor"',
      '"__proto__"',
      '"2026-11-29T12:00:00Z"',
      '"2026-02-30T12:00:00.000Z"',
      '"+275760-09-13T00:00:00.000Z"',
      '"9999-12-31T23:59:59.999Z"',
      '"0000-01-01T00:00:00.000Z"',
      `"${"9".repeat(5000)}"`,
      `"${"a".repeat(65)}"`,
      `${`"${SOME_VERSION}", `.repeat(500)}"x"`,
      // Non-ASCII: text a header can only carry as Latin-1 bytes, and full-width quotes.
      '"é"',
      '"2026-11-29T12:00:00.000Z\u00a0"',
      `\uff02${SOME_VERSION}\uff02`,
      '"\u00ff\u00fe"',
      // Control characters a careless client could send inside a header.
      '"a\tb"',
      '"\u007f"',
    ),
    weight: 4,
  },
  // Anything printable a header may carry, quoted or not.
  {
    arbitrary: fc
      .string({ maxLength: 80 })
      .filter((value) => /^[\t\x20-\x7e\x80-\xff]*$/.test(value))
      .chain((value) => fc.constantFrom(value, `"${value}"`, `W/"${value}"`)),
    weight: 2,
  },
);

/**
 * Conditional headers for one request: none mostly (so the rest of the request is reached), or
 * If-Match, If-None-Match or both, each hostile.
 */
export const hostileConditionHeaders: fc.Arbitrary<Record<string, string>> = fc.oneof(
  { arbitrary: fc.constant({}), weight: 2 },
  { arbitrary: hostileConditionValue.map((value) => ({ "if-match": value })), weight: 2 },
  { arbitrary: hostileConditionValue.map((value) => ({ "if-none-match": value })), weight: 1 },
  {
    arbitrary: fc
      .tuple(hostileConditionValue, hostileConditionValue)
      .map(([match, noneMatch]) => ({ "if-match": match, "if-none-match": noneMatch })),
    weight: 1,
  },
);
