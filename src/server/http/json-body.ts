import type { FastifyInstance } from "fastify";

/**
 * JSON bodies, with one difference from Fastify's default: an empty body is allowed, because
 * requests like sign-out must carry the JSON content type (our CSRF rule) but have nothing to say.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const defaultParser = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, raw, done) => {
    const text = typeof raw === "string" ? raw : raw.toString("utf8");
    if (text.trim() === "") {
      done(null, undefined);
      return;
    }
    defaultParser(request, text, done);
  });
}
