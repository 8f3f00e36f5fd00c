/**
 * Why the database could not be used at start, in words an operator can act on: refused, no such
 * host, no such database, wrong password, or silence. Names the host, port and database, and
 * never the password (removed from anything quoted, in case a driver echoes it).
 */
export function explainDatabaseProblem(error: unknown, databaseUrl: string): string {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    return "DATABASE_URL could not be read as an address (postgres://user:password@host:port/database).";
  }
  const host = url.hostname || "localhost";
  const where = `PostgreSQL at ${host}:${url.port || "5432"}`;
  const database = decodeURIComponent(url.pathname.replace(/^\//, "")) || "(the user's default)";
  const codes: string[] = [];
  const messages: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ("code" in e && e.code !== undefined) codes.push(String(e.code));
    messages.push(e.message);
  }
  const has = (...wanted: string[]) => codes.some((code) => wanted.includes(code));
  const said = (pattern: RegExp) => messages.some((message) => pattern.test(message));

  if (has("ECONNREFUSED")) {
    return `${where} refused the connection. Is PostgreSQL running and listening on that address and port?`;
  }
  if (has("ENOTFOUND", "EAI_AGAIN", "EAI_NONAME")) {
    return `The database host "${host}" could not be found. Check the host name in DATABASE_URL.`;
  }
  if (has("3D000")) {
    return `${where} has no database called "${database}". Create it (for example: createdb ${database}) or correct the name in DATABASE_URL.`;
  }
  if (has("28P01", "28000")) {
    return `${where} did not accept the user name and password in DATABASE_URL.`;
  }
  if (said(/timeout|terminated/i) || has("ETIMEDOUT", "57014")) {
    return `${where} did not answer in time. Is that address really PostgreSQL, and is it reachable from here?`;
  }
  if (has("EHOSTUNREACH", "ENETUNREACH")) {
    return `${where} could not be reached from this machine (no route to it).`;
  }
  const password = decodeURIComponent(url.password);
  // The innermost message is the driver's own; the outer ones are wrappers.
  const detail = messages.filter((message) => message !== "").at(-1) ?? "no reason was given";
  const safe = password === "" ? detail : detail.split(password).join("***");
  return `${where} could not be used: ${safe}`;
}
