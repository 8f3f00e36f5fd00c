import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { checkinScreenScripts } from "../bench/bundle-size.js";

// What the check-in screen's first script is made of: the app is built once more with source
// maps into a folder of its own, each byte of the scripts index.html loads is put down to the
// package or source folder it came from, and each part is gzipped on its own. Parts gzip a little
// worse alone than together, so their sum is above the bench's total; the order is what counts.
// Run: node --import tsx scripts/bundle-breakdown.ts

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The start of each mapped segment of `code`, with the index of the source it came from. */
function segments(code: string, mappings: string): { at: number; source: number }[] {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i += 1) if (code[i] === "\n") lineStarts.push(i + 1);
  const found: { at: number; source: number }[] = [];
  let source = 0;
  mappings.split(";").forEach((line, lineIndex) => {
    let column = 0;
    for (const segment of line.split(",")) {
      if (segment === "") continue;
      const fields = vlq(segment);
      column += fields[0] ?? 0;
      if (fields.length < 4) continue;
      source += fields[1] ?? 0;
      found.push({ at: (lineStarts[lineIndex] ?? 0) + column, source });
    }
  });
  return found.sort((a, b) => a.at - b.at);
}

/** Source maps' base64 variable-length numbers. */
function vlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = B64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/** `react-dom`, `zod`, or `src/web/screens` for a file of the app. */
function partOf(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg !== undefined) return pkg;
  const own = /(src\/[^/]+\/[^/]+)/.exec(source)?.[1];
  return own ?? "(bundler's own code)";
}

const outDir = mkdtempSync(path.join(tmpdir(), "reconnect-breakdown-"));
try {
  await build({
    configFile: path.join(ROOT, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, sourcemap: true, emptyOutDir: true },
  });
  const html = readFileSync(path.join(outDir, "index.html"), "utf8");
  const parts = new Map<string, string[]>();
  const add = (part: string, text: string) => {
    const texts = parts.get(part);
    if (texts) texts.push(text);
    else parts.set(part, [text]);
  };
  for (const src of checkinScreenScripts(html)) {
    const file = path.join(outDir, src.replace(/^\//, ""));
    const code = readFileSync(file, "utf8");
    // The bundler's runtime comes with no map: its few hundred bytes are its own.
    if (!existsSync(`${file}.map`)) {
      add("(bundler's own code)", code);
      continue;
    }
    const map = JSON.parse(readFileSync(`${file}.map`, "utf8")) as {
      sources: string[];
      mappings: string;
    };
    const marks = segments(code, map.mappings);
    marks.forEach(({ at, source }, i) => {
      add(partOf(map.sources[source] ?? ""), code.slice(at, marks[i + 1]?.at ?? code.length));
    });
  }
  const rows = [...parts]
    .map(([part, texts]) => {
      const text = texts.join("");
      return { part, raw: text.length, gz: gzipSync(text, { level: 9 }).length };
    })
    .sort((a, b) => b.gz - a.gz);
  console.log("The check-in screen's first script, by part (each gzipped alone, level 9)");
  for (const { part, raw, gz } of rows) {
    console.log(
      `  ${(gz / 1024).toFixed(1).padStart(6)} KB gzipped  ${(raw / 1024).toFixed(1).padStart(6)} KB  ${part}`,
    );
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
