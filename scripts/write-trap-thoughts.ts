import { writeFileSync } from "node:fs";
import { composeThoughts, thoughtsJsonl } from "./trap-thoughts/compose.js";

// Regenerates datasets/thinking-traps/project.jsonl from the hand-written templates.
const outUrl = new URL("../datasets/thinking-traps/project.jsonl", import.meta.url);
const thoughts = composeThoughts();
writeFileSync(outUrl, thoughtsJsonl(thoughts));
const balanced = thoughts.filter((thought) => thought.traps.length === 0).length;
console.log(`wrote ${thoughts.length} thoughts (${balanced} with no trap)`);
