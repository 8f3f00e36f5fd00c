import { setImmediate as nextTurn } from "node:timers/promises";

interface Answer {
  readonly statusCode: number;
}

/**
 * Sends `long` (a download or insights over years of records), then, once it has begun, another
 * person's `short` request, and says in which order they were answered with each one's status.
 * Work that gives way lets the short one through first; work in one piece answers it after.
 */
export async function answerOrder(
  long: () => Promise<Answer>,
  short: () => Promise<Answer>,
): Promise<{ order: string[]; long: number; short: number }> {
  const order: string[] = [];
  const longAnswer = long().then((answer) => {
    order.push("long");
    return answer;
  });
  await nextTurn();
  const shortAnswer = short().then((answer) => {
    order.push("short");
    return answer;
  });
  const [longDone, shortDone] = await Promise.all([longAnswer, shortAnswer]);
  return { order, long: longDone.statusCode, short: shortDone.statusCode };
}
