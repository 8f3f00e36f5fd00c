import { readFileSync } from "node:fs";
import path from "node:path";

/** The response header that names the release of the app this server hands out. */
export const RELEASE_HEADER = "reconnect-release";

/**
 * The release of the built app in `webRoot`: the path of the script its page starts from
 * (`/assets/index-<hash>.js`). The bundler names each file by its content and the names of what it
 * imports, so any change to the app's code gives the entry a new name. The running page knows its
 * own entry's path, so the two compare without a build step of our own. Undefined when there is no
 * built page (the API alone, in tests).
 */
export function releaseOf(webRoot: string): string | undefined {
  let html: string;
  try {
    html = readFileSync(path.join(webRoot, "index.html"), "utf8");
  } catch {
    return undefined;
  }
  return /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+\.js)"/.exec(html)?.[1];
}
