import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { parseAcceptLanguage, regionFromLanguages } from "../../core/crisis/crisis-resources.js";

// Lenient on purpose: a mistyped region must still show help, never an error page.
export const regionQuery = z.object({ region: z.string().max(16).optional() }).loose();

/** The region asked for with `?region=`, else the one the browser's languages suggest. */
export function regionOf(request: FastifyRequest): string {
  const parsed = regionQuery.safeParse(request.query);
  const asked = parsed.success ? parsed.data.region?.trim() : undefined;
  if (asked) return asked;
  return regionFromLanguages(parseAcceptLanguage(request.headers["accept-language"]));
}
