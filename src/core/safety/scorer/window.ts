/**
 * The scorer reads a text in windows of a few words and the highest window counts. A crisis
 * line is short, and in a long post it sits among sentences about school, work or family that
 * say nothing either way; summing the whole post would let those sentences drown it out. A
 * window is at least MIN_WINDOW_WORDS long (or the whole text, when it is shorter), so a
 * "lol" or "jk" right beside the words stays in the reading. The same windows are used in
 * training (each statement's highest window is the one the model learns from), so the model
 * learns what it is asked at run time.
 */
export const MIN_WINDOW_WORDS = 5;
export const MAX_WINDOW_WORDS = 12;

export interface BestWindow {
  /** The highest window's sum of word parts. */
  sum: number;
  /** Its first word. */
  start: number;
  /** Its number of words. */
  size: number;
}

/** The highest-scoring run of consecutive words of allowed length; the earliest, shortest wins a tie. */
export function bestWindow(parts: ArrayLike<number>, count: number): BestWindow {
  const shortest = Math.min(MIN_WINDOW_WORDS, count);
  const longest = Math.min(MAX_WINDOW_WORDS, count);
  let best = Number.NEGATIVE_INFINITY;
  let bestStart = 0;
  let bestSize = shortest;
  for (let start = 0; start + shortest <= count; start++) {
    let sum = 0;
    for (let i = start; i < start + shortest - 1; i++) sum += parts[i] ?? 0;
    for (let size = shortest; size <= longest && start + size <= count; size++) {
      sum += parts[start + size - 1] ?? 0;
      if (sum > best) {
        best = sum;
        bestStart = start;
        bestSize = size;
      }
    }
  }
  return { sum: count === 0 ? 0 : best, start: bestStart, size: count === 0 ? 0 : bestSize };
}
