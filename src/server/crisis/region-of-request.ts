import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { parseAcceptLanguage, regionFromLanguages } from "../../core/crisis/crisis-resources.js";
import { parse } from "../http/parse.js";

// Lenient on purpose: a mistyped region must still show help, never an error page.
export const regionQuery = z.object({ region: z.string().max(16).optional() }).loose();

// C0, DEL and C1: never part of a region code, nor anything a person meant to type.
const CONTROL_CHARACTER = /\p{Cc}/u;

/**
 * The API's own reading of `?region=`: an unknown region still gets the international list (the
 * contract), but one holding a control character is not a region at all, and is refused with a
 * 400 that names `region` without repeating what it held. The pages (`/crisis`, `/support`) keep
 * the lenient reading: they show help whatever the address holds.
 */
export const regionApiQuery = z
  .object({
    region: z
      .string()
      .refine((region) => !CONTROL_CHARACTER.test(region), {
        error: "must be a region code, such as GB, and holds a control character",
      })
      .optional(),
  })
  .loose();

/** Refuses a `?region=` the API cannot take as a region (see regionApiQuery). */
export function checkRegionQuery(request: FastifyRequest): void {
  parse(regionApiQuery, request.query, "query");
}

/** The region asked for with `?region=`, else the one the browser's languages suggest. */
export function regionOf(request: FastifyRequest): string {
  const parsed = regionQuery.safeParse(request.query);
  const asked = parsed.success ? parsed.data.region?.trim() : undefined;
  if (asked) return asked;
  return regionFromLanguages(parseAcceptLanguage(request.headers["accept-language"]));
}
