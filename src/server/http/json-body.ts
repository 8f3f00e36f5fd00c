import type { FastifyInstance } from "fastify";
import { AppError } from "../errors/app-error.js";
import { bodyEncodingRefusal, notUtf8 } from "./body-encoding.js";
import { jsonShapeProblem } from "./json-shape.js";
import { jsonShapeRefusal } from "./json-shape-refusal.js";

/**
 * The largest body taken in one request. It must hold the largest body the field limits allow,
 * written in any script. Limits count characters (Unicode code points, as zod measures them: an
 * emoji is one). The longest body (a safety plan, 7 steps of 20 entries of 200 characters,
 * 28,000 characters) takes up to 4 bytes a character in UTF-8, and 12 for an emoji escaped as
 * two \uXXXX: about 330 KB. A thought record at its limits is 27,000 characters. 384 KB holds
 * either, and a test fills both.
 */
export const BODY_LIMIT_BYTES = 384 * 1024;

const prototypeKey = () =>
  new AppError(
    400,
    "invalid-json",
    "The request body names a field __proto__, or constructor with a prototype inside, which is never taken.",
  );

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// Fatal: bytes that are not UTF-8 are refused, never quietly turned into U+FFFD and stored.
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * JSON bodies, with these differences from Fastify's default: the bytes must be plain UTF-8
 * (JSON's only encoding), a key may not be given twice nor the nesting run past 32 levels
 * (json-shape.ts), and an empty body is allowed, because requests like sign-out must carry the
 * JSON content type (our CSRF rule) but have nothing to say.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const defaultParser = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (request, raw, done) => {
    const refusal = bodyEncodingRefusal(request);
    if (refusal) {
      done(refusal, undefined);
      return;
    }
    let text: string;
    try {
      text = typeof raw === "string" ? raw : utf8.decode(raw);
    } catch {
      done(notUtf8("request"), undefined);
      return;
    }
    if (text.trim() === "") {
      done(null, undefined);
      return;
    }
    defaultParser(request, text, (error, body) => {
      if (error && isJson(text)) {
        // Valid JSON refused for a key that could reach an object's prototype: said as it is,
        // so the sender does not go looking for a missing comma.
        done(prototypeKey(), undefined);
        return;
      }
      // Only valid JSON has its shape checked: anything else keeps the parser's own answer.
      const problem = error ? undefined : jsonShapeProblem(text);
      done(error ?? (problem ? jsonShapeRefusal(problem, "request") : null), body);
    });
  });
}
