import type { FastifyInstance } from "fastify";
import { checkThought, trapCheckRequestSchema } from "../../core/traps/trap-check.js";
import { parse } from "../http/parse.js";

export function trapRoutes(app: FastifyInstance): void {
  // Pure computation on the text sent; nothing is stored.
  app.post("/api/traps/detect", async (request) => {
    const { text } = parse(trapCheckRequestSchema, request.body, "request");
    return checkThought(text);
  });
}
