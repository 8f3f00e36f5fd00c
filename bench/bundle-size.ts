import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const WEB = fileURLToPath(new URL("../dist/web/", import.meta.url));
// Issue 13: the check-in screen's first script at most 80 KB gzipped (it was 120 before).
const TARGET_KB = 80;

/** Script files a first visit to the check-in screen loads: the entry and what it preloads. */
export function checkinScreenScripts(
  html = readFileSync(path.join(WEB, "index.html"), "utf8"),
): string[] {
  const sources = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map(
    (m) => m[1] ?? "",
  );
  return [...new Set(sources)];
}

export function benchBundleSize(): void {
  let total = 0;
  console.log("\nJavaScript the check-in screen loads (built app, gzip level 9)");
  for (const src of checkinScreenScripts()) {
    const bytes = readFileSync(path.join(WEB, src.replace(/^\//, "")));
    const gz = gzipSync(bytes, { level: 9 }).length;
    total += gz;
    console.log(
      `  ${src}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`,
    );
  }
  const kb = total / 1024;
  console.log(
    `  total: ${kb.toFixed(1)} KB gzipped   target: at most ${TARGET_KB} KB   ${kb <= TARGET_KB ? "PASS" : "MISS"}`,
  );
  console.log(
    "  for scale: two popular open-source mood-tracking PWAs load 400 and 800 KB gzipped",
  );
}

if (import.meta.url === `file://${process.argv[1]}`) benchBundleSize();
