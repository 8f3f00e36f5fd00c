import type { RecordedStatement } from "./sql-recorder.js";

/*
 * The rule the SQL-scope test (test/api/sql-scope.test.ts) holds every recorded statement to:
 * a statement on a person's table names exactly one person. Read from the SQL Kysely compiles,
 * which is regular: quoted names, `$n` (PostgreSQL) or `?` (SQLite) for every value.
 */

/**
 * Statements on per-user tables that cannot name a person, each with why. Matched whole, so
 * any other statement on these tables is still judged.
 */
export const KNOWN_UNSCOPED: { pattern: RegExp; why: string }[] = [
  {
    pattern:
      /^select "shares"\.\* from "shares" inner join "users" on "users"\."id" = "shares"\."user_id" where "shares"\."token_hash" = (\$1|\?) and "users"\."disabled_at" is null$/,
    why: "opening a share link: the secret in the link is all the visitor has; one row by a unique index, none while its maker is paused",
  },
  {
    pattern:
      /^select "calendar_feeds"\."user_id" from "calendar_feeds" inner join "users" on "users"\."id" = "calendar_feeds"\."user_id" where "calendar_feeds"\."token_hash" = (\$1|\?) and "users"\."disabled_at" is null$/,
    why: "a calendar app fetching a feed: the secret in the address finds whose plan it is, unless its owner is paused",
  },
  {
    pattern:
      /^select "id" from "(people|own_activities|assessments|thought_records|planned_activities|shares)" where "id" in \((\$\d+|\?)(, (\$\d+|\?))*\)$/,
    why: "import keeps a file's ids unless another account uses them: ids are server-wide keys until primary keys become (user_id, id)",
  },
];

/**
 * Functions of Reconnect's own that write a person's tables inside the database (migrations 0013 to 0015),
 * where this test cannot see their statements: each with the argument that names the person. A
 * call is held to one person only by that argument, given as one value.
 */
export const PER_USER_FUNCTIONS: ReadonlyMap<string, number> = new Map([
  ["reconnect_save_checkin", 0],
  ["reconnect_save_checkins", 0],
]);

const FUNCTION_CALL = /\bfrom "?(reconnect_\w+)"?\(/;

const TRANSACTION_CONTROL = /^(begin|commit|rollback|savepoint|release)\b/i;
const VALUE = String.raw`(\$\d+|\?)`;

/** The value bound to the placeholder that starts at `at` ($n on PostgreSQL, ? on SQLite). */
function valueAt(statement: RecordedStatement, at: number): unknown {
  const placeholder = statement.sql.slice(at);
  if (placeholder.startsWith("$"))
    return statement.parameters[Number.parseInt(placeholder.slice(1), 10) - 1];
  const before = statement.sql.slice(0, at).split("?").length - 1;
  return statement.parameters[before];
}

/** Splits `text` at `separator` where it is not inside parentheses. */
function splitTopLevel(text: string, separator: string): { part: string; at: number }[] {
  const parts: { part: string; at: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push({ part: text.slice(start, i), at: start });
      start = i + separator.length;
      i = start - 1;
    }
  }
  parts.push({ part: text.slice(start), at: start });
  return parts;
}

/** `text` up to the first of `ends` found outside parentheses. */
function upToFirst(text: string, ends: string[]): string {
  let cut = text.length;
  for (const end of ends) {
    const first = splitTopLevel(text, end)[0]?.part ?? text;
    cut = Math.min(cut, first.length);
  }
  return text.slice(0, cut);
}

export const tablesIn = (sql: string) =>
  new Set([...sql.matchAll(/\b(?:from|join|into|update) "(\w+)"/g)].map((m) => m[1] ?? ""));

function notAnAccount(userIds: Set<unknown>, accounts?: ReadonlySet<unknown>): string | null {
  const [id] = userIds;
  if (!accounts || accounts.has(id)) return null;
  return `its user_id value ${JSON.stringify(id)} is no account's id`;
}

/**
 * The parts of `with "a" as (…), "b" as (…) <main>`, each a statement of its own, or null when
 * `sql` is not such a statement. Values are bound as $n (PostgreSQL) across all parts.
 */
function partsOfWith(sql: string): string[] | null {
  if (!sql.startsWith("with ")) return null;
  const parts: string[] = [];
  let at = "with ".length;
  for (;;) {
    const head = /^"\w+" as \(/.exec(sql.slice(at));
    if (!head) return null;
    const start = at + head[0].length;
    let depth = 1;
    let end = start;
    for (; end < sql.length && depth > 0; end++) {
      if (sql[end] === "(") depth++;
      else if (sql[end] === ")") depth--;
    }
    if (depth !== 0) return null;
    parts.push(sql.slice(start, end - 1));
    if (sql.startsWith(", ", end)) at = end + 2;
    else if (sql[end] === " ") return [...parts, sql.slice(end + 1)];
    else return null;
  }
}

/** Why `statement` is not held to one person, or null when it is (or touches nobody's rows). */
export function unscopedBecause(
  statement: RecordedStatement,
  perUser: ReadonlySet<string>,
  /** When given, the one id a statement names must be one of these accounts'. */
  accounts?: ReadonlySet<unknown>,
): string | null {
  return judge(statement, perUser, accounts, new Set());
}

/** A call of one of Reconnect's functions: held to one person by its person argument alone. */
function judgeCall(
  statement: RecordedStatement,
  call: RegExpExecArray,
  accounts: ReadonlySet<unknown> | undefined,
  named: Set<unknown>,
): string | null {
  const name = call[1] ?? "";
  const position = PER_USER_FUNCTIONS.get(name);
  if (position === undefined) return `calls ${name}, which names no argument as its person`;
  const start = call.index + call[0].length;
  let end = start;
  for (let depth = 1; end < statement.sql.length; end++) {
    if (statement.sql[end] === "(") depth++;
    else if (statement.sql[end] === ")" && --depth === 0) break;
  }
  const args = splitTopLevel(statement.sql.slice(start, end), ", ");
  const arg = args[position];
  const value = arg && new RegExp(`^${VALUE}(::[\\w\\[\\]]+)?$`).exec(arg.part);
  if (!arg || !value) return `calls ${name} with no single value for its person`;
  const id = valueAt(statement, start + arg.at);
  const because = notAnAccount(new Set([id]), accounts);
  if (!because) named.add(id);
  return because;
}

/** `unscopedBecause`, adding the one user id a statement held to one person names to `named`. */
function judge(
  statement: RecordedStatement,
  perUser: ReadonlySet<string>,
  accounts: ReadonlySet<unknown> | undefined,
  named: Set<unknown>,
): string | null {
  const { sql } = statement;
  if (TRANSACTION_CONTROL.test(sql)) return null;
  const call = FUNCTION_CALL.exec(sql);
  if (call) return judgeCall(statement, call, accounts, named);
  const touched = [...tablesIn(sql)].filter((table) => perUser.has(table));
  if (touched.length === 0) return null;
  if (KNOWN_UNSCOPED.some(({ pattern }) => pattern.test(sql))) return null;
  const parts = partsOfWith(sql);
  if (parts) {
    // Every part is held to one person on its own, and all of them to the same one.
    const inParts = new Set<unknown>();
    for (const part of parts) {
      const because = judge({ ...statement, sql: part }, perUser, accounts, inParts);
      if (because) return `${because} (in a part of its WITH)`;
    }
    if (inParts.size !== 1) return `its WITH parts name ${inParts.size} different user ids`;
    for (const id of inParts) named.add(id);
    return null;
  }
  const userIds = new Set<unknown>();
  const done = () => {
    const because = notAnAccount(userIds, accounts);
    if (!because) for (const id of userIds) named.add(id);
    return because;
  };

  // INSERT … SELECT: user_id is one value given with the statement, and the rows come from no
  // person's table (from the values given, as arrays, for instance).
  const insertSelect = /^insert into "(\w+)" \(([^)]*)\) select /.exec(sql);
  if (insertSelect) {
    const column = (insertSelect[2] ?? "").split(", ").indexOf('"user_id"');
    if (column < 0) return `inserts into ${insertSelect[1]} without setting user_id`;
    const rest = sql.slice(insertSelect[0].length);
    const list = upToFirst(rest, [" from "]);
    const item = splitTopLevel(list, ", ")[column];
    if (!item || !new RegExp(`^${VALUE}$`).test(item.part))
      return `a row inserted into ${insertSelect[1]} takes user_id from no single value`;
    const read = [...tablesIn(rest.slice(list.length))].filter((table) => perUser.has(table));
    if (read.length > 0) return `inserts rows read from ${read.join(", ")}`;
    userIds.add(valueAt(statement, insertSelect[0].length + item.at));
    return done();
  }

  const insert = /^insert into "(\w+)" \(([^)]*)\) values /.exec(sql);
  if (insert) {
    const columns = (insert[2] ?? "").split(", ");
    const column = columns.indexOf('"user_id"');
    if (column < 0) return `inserts into ${insert[1]} without setting user_id`;
    const values = upToFirst(sql.slice(insert[0].length), [" on conflict "]);
    const rows = [...values.matchAll(/\(([^()]*)\)/g)];
    for (const row of rows) {
      const placeholder = [...(row[1] ?? "").matchAll(new RegExp(VALUE, "g"))][column];
      if (!placeholder) return `a row inserted into ${insert[1]} has no user_id value`;
      userIds.add(valueAt(statement, insert[0].length + (row.index ?? 0) + 1 + placeholder.index));
    }
    if (userIds.size !== 1) return `inserts rows of ${userIds.size} people at once`;
    return done();
  }

  const where = /\swhere\s/.exec(sql);
  if (!where) return `reads or changes ${touched.join(", ")} with no condition at all`;
  const whereStart = where.index + where[0].length;
  const condition = upToFirst(sql.slice(whereStart), [
    " order by ",
    " group by ",
    " limit ",
    " returning ",
    " on conflict ",
  ]);
  if (splitTopLevel(condition, " or ").length > 1) return "its condition is an OR at the top";
  const held = new Set<string>();
  for (const { part, at } of splitTopLevel(condition, " and ")) {
    const m = new RegExp(String.raw`^\s*(?:"(\w+)"\.)?"user_id" = ${VALUE}\s*$`).exec(part);
    if (!m) continue;
    const table = m[1] ?? (touched.length === 1 ? touched[0] : undefined);
    if (!table) return "a bare user_id condition with several per-user tables";
    held.add(table);
    userIds.add(valueAt(statement, whereStart + at + part.lastIndexOf(m[2] ?? "")));
  }
  for (const join of sql.matchAll(/ on "(\w+)"\."user_id" = "(\w+)"\."user_id"/g)) {
    const [, a = "", b = ""] = join;
    if (held.has(a)) held.add(b);
    if (held.has(b)) held.add(a);
  }
  const loose = touched.filter((table) => !held.has(table));
  if (loose.length > 0) return `no user_id condition on ${loose.join(", ")}`;
  if (userIds.size !== 1) return `names ${userIds.size} different user ids`;
  return done();
}
