import { detectTraps, type TrapSuggestion } from "../../../core/traps/detect-traps.js";
import { serveCalls } from "../../components/workers/serve-calls.js";

// The trap model's patterns are compiled when its file is read, which takes long on a phone, so
// it loads and runs here, never on the screen's thread.
serveCalls((thought: string): TrapSuggestion[] => detectTraps(thought).traps);
