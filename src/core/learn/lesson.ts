import { z } from "zod";

/**
 * The headings of the guide behind Reconnect (`reference/guide.txt`), in its order. Every one
 * has at least one lesson; the test in lessons.test.ts holds the content to that.
 */
export const GUIDE_SECTIONS = [
  "Introduction",
  "Understanding Depression-Driven Withdrawal",
  "Core Psychological Drivers",
  "Biological & Neurobiological Factors",
  "The Depression Cycle in Social Behavior",
  "Evolutionary Perspective: Adaptive or Maladaptive?",
  "Relationship Dynamics & Partner Impact",
  "Real-Lived Experiences",
  "What Helps: Breaking the Patterns",
  "Prevention & Long-Term Recovery",
  "FAQs",
  "Conclusion",
] as const;

export type GuideSection = (typeof GUIDE_SECTIONS)[number];

/** The app's screens a lesson's "try this" may open. */
export const APP_PATHS = [
  "/",
  "/thoughts/new",
  "/check-ups",
  "/safety-plan",
  "/crisis",
  "/support",
  "/history",
] as const;

export type AppPath = (typeof APP_PATHS)[number];

export const lessonMetaSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "is not a lowercase-hyphenated id"),
  title: z.string().min(1),
  minutes: z.coerce.number().int().min(1),
  guideSection: z.enum(GUIDE_SECTIONS),
  tryThis: z.strictObject({ label: z.string().min(1), href: z.enum(APP_PATHS) }),
  sources: z.array(z.string().min(1)).min(1),
});

export type LessonMeta = z.infer<typeof lessonMetaSchema>;

export interface Lesson extends LessonMeta {
  /** The Markdown after the front matter. */
  body: string;
}

export class LessonFormatError extends Error {
  override name = "LessonFormatError";
}

export type FrontMatterValue = string | string[] | Record<string, string>;

/**
 * Splits a Markdown file into its front matter and body. The front matter is a small subset of
 * YAML, enough for lessons and nothing more (so no dependency is needed):
 *
 *   key: value          a string (surrounding quotes are removed)
 *   key:                followed by indented lines, either
 *     - item            a list of strings, or
 *     sub: value        a map of strings
 *
 * Anything else is an error naming its line, so a typo fails the lesson test instead of being
 * quietly dropped.
 */
export function parseFrontMatter(text: string): {
  data: Record<string, FrontMatterValue>;
  body: string;
} {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines[0]?.trim() !== "---") throw new LessonFormatError("no front matter: line 1 is not ---");
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  if (end < 0) throw new LessonFormatError("the front matter has no closing ---");

  const data: Record<string, FrontMatterValue> = {};
  let open: { key: string; value: string[] | Record<string, string> | undefined } | undefined;
  const close = () => {
    if (open) data[open.key] = open.value ?? "";
    open = undefined;
  };

  for (let i = 1; i < end; i += 1) {
    const line = lines[i] ?? "";
    const where = `line ${i + 1}`;
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    const indented = /^\s+/.test(line);
    if (!indented) {
      close();
      const match = /^([A-Za-z][\w-]*):(?:\s+(.*))?$/.exec(line);
      if (!match?.[1]) throw new LessonFormatError(`${where}: expected "key: value"`);
      const key = match[1];
      if (key in data) throw new LessonFormatError(`${where}: "${key}" appears twice`);
      const value = match[2]?.trim();
      if (value) data[key] = unquote(value);
      else open = { key, value: undefined };
      continue;
    }
    if (!open) throw new LessonFormatError(`${where}: indented, but under no key`);
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item) {
      if (open.value !== undefined && !Array.isArray(open.value)) {
        throw new LessonFormatError(`${where}: a list item inside a map`);
      }
      open.value = [...(open.value ?? []), unquote((item[1] ?? "").trim())];
      continue;
    }
    const pair = /^\s+([A-Za-z][\w-]*):\s+(.*)$/.exec(line);
    if (pair?.[1]) {
      if (Array.isArray(open.value)) throw new LessonFormatError(`${where}: a key inside a list`);
      const map: Record<string, string> = open.value ?? {};
      map[pair[1]] = unquote((pair[2] ?? "").trim());
      open.value = map;
      continue;
    }
    throw new LessonFormatError(`${where}: expected "- item" or "key: value"`);
  }
  close();
  return { data, body: lines.slice(end + 1).join("\n") };
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? (quoted[2] ?? "") : value;
}

/** Reads a lesson file; throws LessonFormatError naming what is missing or wrong. */
export function parseLesson(text: string): Lesson {
  const { data, body } = parseFrontMatter(text);
  const parsed = lessonMetaSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".") || "front matter"}: ${issue.message}`,
    );
    throw new LessonFormatError(problems.join("; "));
  }
  return { ...parsed.data, body };
}
