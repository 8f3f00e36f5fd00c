#!/usr/bin/env node
// The `reconnect` command. It runs the compiled code in dist/, which `npm ci` builds (prepare).
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("Reconnect is not built yet. Run `npm run build` (or `npm ci`) first.\n");
  process.exit(1);
}
await import(entry.href);
