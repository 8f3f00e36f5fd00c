import type { FastifyInstance } from "fastify";
import { AppError } from "../errors/app-error.js";

/**
 * The largest body taken in one request. It must hold the largest body the field limits allow,
 * written in any script: the longest (a safety plan, 7 steps of 20 entries of 200 characters,
 * 28,000 UTF-16 units) takes 3 bytes a unit in UTF-8 (Japanese, or 4 bytes per emoji of two
 * units) and 6 a unit if every character is escaped as \uXXXX: about 170 KB. A thought record
 * at its limits is 27,000 units. 256 KB holds either with room, and a test fills both.
 */
export const BODY_LIMIT_BYTES = 256 * 1024;

// Fatal: bytes that are not UTF-8 are refused, never quietly turned into U+FFFD and stored.
const utf8 = new TextDecoder("utf-8", { fatal: true });

const notUtf8 = () =>
  new AppError(
    400,
    "invalid-json",
    "The request body is not valid JSON: it holds bytes that are not UTF-8 text.",
  );

/**
 * JSON bodies, with two differences from Fastify's default: the bytes must be UTF-8 (JSON's only
 * encoding), and an empty body is allowed, because requests like sign-out must carry the JSON
 * content type (our CSRF rule) but have nothing to say.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const defaultParser = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (request, raw, done) => {
    let text: string;
    try {
      text = typeof raw === "string" ? raw : utf8.decode(raw);
    } catch {
      done(notUtf8(), undefined);
      return;
    }
    if (text.trim() === "") {
      done(null, undefined);
      return;
    }
    defaultParser(request, text, done);
  });
}
