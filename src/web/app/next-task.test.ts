import { describe, expect, it } from "vitest";
import { nextTask } from "./next-task.js";

describe("nextTask", () => {
  it("resolves in a later task, after everything the current task still has queued", async () => {
    const order: string[] = [];
    const done = nextTask().then(() => order.push("later task"));
    queueMicrotask(() => order.push("this task"));
    Promise.resolve().then(() => Promise.resolve().then(() => order.push("this task, later on")));
    await done;
    expect(order).toEqual(["this task", "this task, later on", "later task"]);
  });
});
