import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

// Each benchmark runs in its own process, one after another, so none disturbs another's timing.
const benches = [
  "bench/http.ts",
  "bench/bundle-size.ts",
  "bench/lighthouse.ts",
  "bench/offline-ready.ts",
  "bench/first-paint.ts",
  "bench/layout-shift.ts",
  "bench/crisis-language.ts",
  "bench/traps.ts",
  "bench/trap-first-card.ts",
  "bench/suggestions.ts",
  "bench/insights.ts",
  "bench/fhir-export.ts",
  "bench/report.ts",
  "bench/export.ts",
  "bench/big-history.ts",
  "bench/import-keys.ts",
  "bench/import-stall.ts",
  "bench/import-hostile.ts",
].filter((file) => existsSync(file));

console.log(`Reconnect benchmarks on ${process.platform} ${process.arch}, Node ${process.version}`);
let failed = 0;
for (const file of benches) {
  const result = spawnSync(process.execPath, ["--import", "tsx", file], { stdio: "inherit" });
  if (result.status !== 0) {
    failed += 1;
    console.error(`${file} failed (exit ${result.status})`);
  }
}
process.exitCode = failed ? 1 : 0;
