import { serveCalls } from "../components/workers/serve-calls.js";
import { crisisWords } from "./crisis-words.js";

// The crisis-language rules and scorer take a long while to load (their gates and weights are
// built when the file is read), so they load and run here, never on the screen's thread.
serveCalls(crisisWords);
