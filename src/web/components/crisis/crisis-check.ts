import { offMainThread } from "../workers/off-main-thread.js";

/**
 * The crisis-language check, in the browser with no request to the server, in a worker of its
 * own: the rules are a large file that takes long to load, fetched only when a person first
 * writes free text or a saved note is shown.
 */
const check = offMainThread<string, string[]>({
  start: () =>
    new Worker(new URL("../../crisis-check/crisis-check.worker.ts", import.meta.url), {
      type: "module",
      name: "crisis-check",
    }),
  here: () => import("../../crisis-check/crisis-words.js").then((module) => module.crisisWords),
});

/** The crisis words in a text, lowercased, one entry per place they are written. */
export function crisisWordsIn(text: string): Promise<string[]> {
  return check.call(text);
}

/** Loads the check ahead of need, when a person moves into a field where they may write. */
export function prepareCrisisCheck(): void {
  check.warm();
}

/** Whether saved words hold crisis words, to answer the save kindly; a failed check reads as no. */
export async function holdsCrisisWords(text: string | undefined): Promise<boolean> {
  if (text === undefined || text.trim() === "") return false;
  try {
    return (await crisisWordsIn(text)).length > 0;
  } catch {
    return false;
  }
}
