import { detectTraps, type TrapSuggestion } from "../../../core/traps/detect-traps.js";
import { patterns } from "../../../core/traps/patterns.js";
import { serveCalls } from "../../components/workers/serve-calls.js";

// The trap model's patterns are compiled when its file is read, which takes long on a phone, so
// it loads and runs here, never on the screen's thread.
serveCalls((thought: string): TrapSuggestion[] => detectTraps(thought).traps);

// The worker starts while the person is still writing (prepareTrapCheck), so the cost of a first
// look is paid now rather than after their first pause. That cost is mostly the patterns'
// regular expressions, which the browser compiles the first time each one runs and again, to
// machine code, the second time, and separately for text stored one byte a character and two: a
// thought from the page arrives as the second kind, so a warm-up on plain text alone left a
// first look as slow as before in a trace. Each pattern runs twice on each kind here (where it
// starts is set again before every real search), then one made-up thought, of the second kind
// (its "…"), is looked at.
const ONE_BYTE = "i am";
const TWO_BYTE = "i am\u2026";
for (const pattern of patterns) {
  for (const subject of [ONE_BYTE, TWO_BYTE, ONE_BYTE, TWO_BYTE]) {
    pattern.regex.lastIndex = 0;
    pattern.regex.exec(subject);
  }
}
detectTraps(
  "Nobody ever listens to me… I always mess everything up, I'm such a failure. " +
    "I should have known better, and it will never get better.",
);
