import { setImmediate } from "node:timers/promises";
import { z } from "zod";

/**
 * Work on one person's whole history is work for the one thread that answers everyone. On
 * SQLite every query answers at once, so even a route's `await`s never let another request in:
 * five years of check-ins read, checked and written out in one piece kept every other person
 * waiting for it. Such work gives way between steps of about this many records (a few
 * milliseconds each), so the event loop turns and others are answered between them.
 */
export const RECORDS_PER_STEP = 200;

/** Lets the event loop turn once: other requests' I/O and timers run before this resumes. */
export const giveWay = (): Promise<void> => setImmediate();

/**
 * Each item parsed by `schema`, as `schema.array().parse(items)` gives them, giving way between
 * steps. A record that fails (a bug, since only stored records come here) throws the error the
 * whole list's parse throws, which names the record's place in the list.
 */
export async function parsedGivingWay<T extends z.ZodType>(
  schema: T,
  items: readonly unknown[],
): Promise<z.output<T>[]> {
  const parsed: z.output<T>[] = [];
  for (const [index, item] of items.entries()) {
    if (index > 0 && index % RECORDS_PER_STEP === 0) await giveWay();
    const result = schema.safeParse(item);
    if (!result.success) {
      schema.array().parse(items);
      throw result.error;
    }
    parsed.push(result.data);
  }
  return parsed;
}

/** Runs work written as steps (a generator that yields between them), giving way at each. */
export async function runGivingWay<T>(steps: Generator<void, T, void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await giveWay();
  }
}

/** A schema whose parse is its fields' parses and nothing more: no rule over the whole of it. */
const plainObject = (schema: unknown): schema is z.ZodObject =>
  schema instanceof z.ZodObject && !schema._zod.def.checks?.length;
/** A list whose parse is its items' parses and nothing more: no rule on its length. */
const plainArray = (schema: unknown): schema is z.ZodArray<z.ZodType> =>
  schema instanceof z.ZodArray && !schema._zod.def.checks?.length;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A list inside the value, where it stands, checked a step of items at a time. */
interface SteppedList {
  path: string[];
  item: z.ZodType;
  items: unknown[];
}

/** Every list in `value` under plain objects of `schema`, in the order the schema checks them. */
function listsIn(
  schema: z.ZodObject,
  value: Record<string, unknown>,
  path: string[],
  lists: SteppedList[],
): void {
  for (const [key, field] of Object.entries(schema.shape)) {
    // `in`, as the schema asks whether a field is there.
    const inner = key in value ? value[key] : undefined;
    if (plainArray(field) && Array.isArray(inner)) {
      lists.push({ path: [...path, key], item: field.element, items: inner });
    } else if (plainObject(field) && isRecord(inner)) {
      listsIn(field, inner, [...path, key], lists);
    }
  }
}

/** `root` with the value at `path` replaced, copying only the objects on the way there. */
function replacedAt(
  root: Record<string, unknown>,
  path: readonly string[],
  value: unknown,
): Record<string, unknown> {
  const [key, ...rest] = path;
  if (key === undefined) return root;
  const inner = root[key];
  return {
    ...root,
    [key]: rest.length === 0 ? value : replacedAt(isRecord(inner) ? inner : {}, rest, value),
  };
}

/**
 * Where an issue stands in the order the whole parse names them: an object names its fields'
 * problems field by field in the schema's order, then its own (a field it does not know).
 */
function placeOf(schema: z.ZodObject, path: readonly PropertyKey[]): number[] {
  const place: number[] = [];
  let current = schema;
  for (const key of path) {
    place.push(Object.keys(current.shape).indexOf(String(key)));
    const field = current.shape[String(key)];
    if (!plainObject(field)) return place;
    current = field;
  }
  place.push(Object.keys(current.shape).length);
  return place;
}

function byPlace(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const order = (a[i] ?? 0) - (b[i] ?? 0);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/**
 * `schema.safeParse(value, { error })`, the same answer (the same value, or the same issues in the
 * same order with the same words), giving way between steps of items of every list under the
 * schema's plain objects. A whole file's check against the export's schema took a second and
 * more in one piece, holding every other person's request meanwhile. Each list item is checked
 * by the list's own item schema, and the rest by the schema itself with those lists empty, so
 * the schema stays the one statement of what is taken. The error map is given each issue with
 * the path it has in the whole parse, since the app's words name the field from it.
 */
export async function safeParseGivingWay<T extends z.ZodObject>(
  schema: T,
  value: unknown,
  error?: z.core.$ZodErrorMap,
): Promise<{ success: true; data: z.output<T> } | { success: false; error: z.ZodError }> {
  if (!plainObject(schema) || !isRecord(value)) {
    return schema.safeParse(value, error && { error });
  }
  const lists: SteppedList[] = [];
  listsIn(schema, value, [], lists);
  const issues: z.core.$ZodIssue[] = [];
  const parsedLists: unknown[][] = [];
  for (const list of lists) {
    const parsed: unknown[] = [];
    for (const [index, item] of list.items.entries()) {
      if (index % RECORDS_PER_STEP === 0) await giveWay();
      const at = [...list.path, index];
      const result = list.item.safeParse(
        item,
        error && { error: (issue) => error({ ...issue, path: [...at, ...(issue.path ?? [])] }) },
      );
      if (result.success) parsed.push(result.data);
      else
        issues.push(
          ...result.error.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] })),
        );
    }
    parsedLists.push(parsed);
  }
  await giveWay();
  const rest = schema.safeParse(
    lists.reduce((whole, list) => replacedAt(whole, list.path, []), value),
    error && { error },
  );
  if (rest.success && issues.length === 0) {
    let data: Record<string, unknown> = rest.data;
    for (const [index, list] of lists.entries()) {
      data = replacedAt(data, list.path, parsedLists[index]);
    }
    // The lists go back where the schema put them, each item parsed by that place's own schema.
    return { success: true, data: data as z.output<T> };
  }
  const all = [...(rest.error?.issues ?? []), ...issues];
  const places = new Map(all.map((issue) => [issue, placeOf(schema, issue.path)]));
  // A stable sort: the issues of one list, or of one field, keep the order they were found in.
  const ordered = all.sort((a, b) => byPlace(places.get(a) ?? [], places.get(b) ?? []));
  return { success: false, error: new z.ZodError(ordered) };
}
