import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { RELEASE_HEADER, releaseOf } from "./release-id.js";

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
  // Every answer names the release this server hands out, so a page left open from an older one
  // knows to reload before it meets an API it was not built for (see src/web/app/release.ts).
  const release = releaseOf(webRoot);
  if (release !== undefined) {
    app.addHook("onRequest", (_request, reply, done) => {
      reply.header(RELEASE_HEADER, release);
      done();
    });
  }
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
