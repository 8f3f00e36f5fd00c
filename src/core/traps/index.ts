export {
  createTrapDetector,
  detectTraps,
  PATTERN_ONLY_THRESHOLD,
  type TrapDetection,
  type TrapSpan,
  type TrapSuggestion,
} from "./detect-traps.js";
export { loadModel, type TrapModel, type TrapModelData } from "./model.js";
export {
  isTrapId,
  type LearnedTrapId,
  learnedTrapIds,
  type TrapId,
  trapIds,
} from "./trap-ids.js";
export { type TrapInfo, trapInfo } from "./trap-info.js";
export type { TriadTag } from "./triad.js";
