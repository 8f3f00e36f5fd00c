import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** The built browser app; this file sits two folders below the project root in src/ and dist/ alike. */
export const defaultWebRoot = fileURLToPath(new URL("../../../dist/web/", import.meta.url));

/**
 * Serves the built app's files, and index.html for the app's own paths (/history, /checkin/…),
 * so a bookmark or a reload lands on the right screen.
 */
export async function registerWebApp(
  app: FastifyInstance,
  webRoot: string,
): Promise<((request: FastifyRequest, reply: FastifyReply) => boolean) | undefined> {
  if (!existsSync(webRoot)) return undefined;
  await app.register(fastifyStatic, {
    root: webRoot,
    index: ["index.html"],
    preCompressed: true,
    wildcard: true,
    // Nothing hidden is ever served, even if a stray .env lands in the folder.
    dotfiles: "ignore",
    setHeaders(res, filePath) {
      // Vite names assets by content hash, so they never change; the page itself always revalidates.
      const immutable = filePath.includes("/assets/");
      res.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  return (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (request.method !== "GET" || path.startsWith("/api/") || path.includes(".")) return false;
    reply.header("cache-control", "no-cache").sendFile("index.html");
    return true;
  };
}
