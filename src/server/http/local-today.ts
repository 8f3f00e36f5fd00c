import type { FastifyRequest } from "fastify";
import { addDays, isLocalDate, type LocalDate, localDateOf } from "../../core/dates/local-date.js";
import type { AppContext } from "../app-context.js";

/** The header the app sends with every request: the person's own calendar date. */
export const LOCAL_DATE_HEADER = "x-local-date";

/**
 * "Today" as the person lives it. The server's clock may sit in another time zone, so near
 * midnight its date can be a day off; the app sends its own date with every request. Every
 * place on Earth is within a day of UTC, so a date further off than that is not believed, and
 * without one the server's own date stands.
 */
export function localToday(
  request: Pick<FastifyRequest, "headers">,
  ctx: Pick<AppContext, "now">,
): LocalDate {
  const now = ctx.now();
  const sent = request.headers[LOCAL_DATE_HEADER];
  if (typeof sent === "string" && isLocalDate(sent)) {
    const utc = now.toISOString().slice(0, 10);
    if (sent === utc || sent === addDays(utc, -1) || sent === addDays(utc, 1)) return sent;
  }
  return localDateOf(now);
}
