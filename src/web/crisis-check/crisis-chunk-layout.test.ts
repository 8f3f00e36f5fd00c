import { fileURLToPath } from "node:url";
import { build, type Rolldown } from "vite";
import { describe, expect, it } from "vitest";
import { storedCrisisModel } from "../../core/safety/scorer/model.js";

const ENTRY = fileURLToPath(new URL("./crisis-words.ts", import.meta.url));

/** The detector as the browser gets it: bundled and minified by the app's bundler, one file. */
async function bundledDetector(): Promise<string> {
  const built = await build({
    configFile: false,
    logLevel: "silent",
    build: {
      write: false,
      minify: true,
      lib: { entry: ENTRY, formats: ["es"], fileName: "crisis-words" },
    },
  });
  const outputs = (Array.isArray(built) ? built : [built]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((file) => file.type === "chunk");
  expect(chunks).toHaveLength(1);
  return chunks[0]?.code ?? "";
}

describe("the crisis detector's chunk", () => {
  // The scorer's weights are 16 KB of text that does not compress. Measured, the chunk gzips 1.9 KB
  // smaller with them ahead of the rules than after them (crisis-language.ts imports the scorer
  // first for this; docs/SAFETY.md, the size row).
  it("holds the scorer's weights before the rules", async () => {
    const code = await bundledDetector();
    // A stretch of the weights with nothing a string would escape, so it appears as written.
    const weights = /[ -[\]-~]{24}/.exec(storedCrisisModel.weights)?.[0] ?? "";
    expect(weights).toHaveLength(24);
    const weightsAt = code.indexOf(weights);
    const rulesAt = code.indexOf("wish-to-be-dead");
    expect(weightsAt).toBeGreaterThan(-1);
    expect(rulesAt).toBeGreaterThan(-1);
    expect(weightsAt).toBeLessThan(rulesAt);
  });
});
