import type { TrapModelData } from "./model.js";
import type { TrainingExample } from "./train.js";
import { isTrapId, type TrapId } from "./trap-ids.js";

/**
 * Reads the training files' JSON lines (`{"text", "traps", ...}`; the project's own thoughts
 * also carry `template`, which becomes the example's group). Pure, so scripts and tests share
 * it; they do the file reading themselves.
 */
export function parseExamples(jsonl: string): TrainingExample[] {
  const examples: TrainingExample[] = [];
  jsonl.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== "object" || parsed === null) {
      throw new Error(`line ${index + 1}: not an object`);
    }
    const text: unknown = Reflect.get(parsed, "text");
    const traps: unknown = Reflect.get(parsed, "traps");
    if (typeof text !== "string" || !Array.isArray(traps)) {
      throw new Error(`line ${index + 1}: needs "text" and "traps"`);
    }
    const ids: TrapId[] = [];
    for (const trap of traps) {
      if (typeof trap !== "string" || !isTrapId(trap)) {
        throw new Error(`line ${index + 1}: unknown trap ${String(trap)}`);
      }
      ids.push(trap);
    }
    const template: unknown = Reflect.get(parsed, "template");
    if (template !== undefined && typeof template !== "string") {
      throw new Error(`line ${index + 1}: "template" must be text`);
    }
    examples.push(
      template === undefined ? { text, traps: ids } : { text, traps: ids, group: template },
    );
  });
  return examples;
}

/**
 * The model file's text: one feature a line, so a retraining shows up as a readable diff.
 * Same model, same bytes.
 */
export function serializeModel(model: TrapModelData): string {
  const { features, ...rest } = model;
  const head = JSON.stringify(rest).slice(0, -1);
  const lines = Object.entries(features).map(
    ([name, weights]) => `${JSON.stringify(name)}:${JSON.stringify(weights)}`,
  );
  return `${head},"features":{\n${lines.join(",\n")}\n}}\n`;
}
