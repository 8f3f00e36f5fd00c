import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { negotiate } from "@fastify/accept-negotiator";
import { z } from "zod";
import { parseRoute } from "../../core/app-routes/routes.js";
import { SCREEN_FILES_NAME, screenNamesOf } from "../../core/app-routes/screen-files.js";

/** The page for one address, as it goes on the wire. */
export interface ScreenPage {
  body: Buffer;
  encoding: "br" | "gzip" | undefined;
}

// Only the app's own hashed scripts may be named: the table is read from disk, and what it names
// is written into every page.
const screenFilesSchema = z.record(
  z.string(),
  z.array(z.string().regex(/^\/assets\/[\w.-]+\.js$/, "a built script under /assets/")),
);

const ENCODINGS = ["br", "gzip"] as const;

/**
 * The app's page for an address whose screen is a file of its own, with that screen's files
 * named as module preloads (the build's table, screen-preloads.ts), so a first visit fetches them
 * beside the app's script rather than after the entry has run (issue 13). Undefined for every
 * other address, and always when the build wrote no table: the plain page is then sent as before.
 * Each page is built and compressed once, on its first request.
 */
export function screenPages(
  webRoot: string,
): ((urlPath: string, acceptEncoding: string | undefined) => ScreenPage | undefined) | undefined {
  const tableFile = path.join(webRoot, SCREEN_FILES_NAME);
  const pageFile = path.join(webRoot, "index.html");
  if (!existsSync(tableFile) || !existsSync(pageFile)) return undefined;
  const table = screenFilesSchema.parse(JSON.parse(readFileSync(tableFile, "utf8")));
  const page = readFileSync(pageFile, "utf8");
  const built = new Map<string, Record<"br" | "gzip" | "identity", Buffer> | null>();

  const variantsFor = (names: readonly string[]) => {
    const key = names.join(" ");
    const cached = built.get(key);
    if (cached !== undefined) return cached;
    const files = [...new Set(names.flatMap((name) => table[name] ?? []))];
    const variants = files.length === 0 ? null : compressed(withPreloads(page, files));
    built.set(key, variants);
    return variants;
  };

  return (urlPath, acceptEncoding) => {
    const variants = variantsFor(screenNamesOf(parseRoute(urlPath)));
    if (variants === null) return undefined;
    const encoding = acceptEncoding ? negotiate(acceptEncoding, [...ENCODINGS]) : undefined;
    if (encoding === "br" || encoding === "gzip") return { body: variants[encoding], encoding };
    return { body: variants.identity, encoding: undefined };
  };
}

function withPreloads(page: string, files: readonly string[]): string {
  const links = files
    .map((href) => `    <link rel="modulepreload" crossorigin href="${href}">\n`)
    .join("");
  const at = page.indexOf("</head>");
  if (at < 0) throw new Error("index.html has no </head>");
  return `${page.slice(0, at)}${links}${page.slice(at)}`;
}

function compressed(html: string): Record<"br" | "gzip" | "identity", Buffer> {
  const identity = Buffer.from(html, "utf8");
  return {
    identity,
    br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gzip: gzipSync(identity, { level: 9 }),
  };
}
