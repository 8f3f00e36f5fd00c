import { describe, expect, it } from "vitest";
import { z } from "zod";
import projectData from "../../../datasets/thinking-traps/project.jsonl?raw";
import { composeThoughts, thoughtsJsonl } from "../../../scripts/trap-thoughts/compose.js";
import { parseExamples } from "./dataset.js";
import { trapIds } from "./trap-ids.js";

describe("the project's own thoughts", () => {
  it("are exactly what the templates give, byte for byte", () => {
    expect(thoughtsJsonl(composeThoughts())).toBe(projectData);
  });

  it("hold at least 150 thoughts for each trap and 1,000 with none, all different", () => {
    const examples = parseExamples(projectData);
    for (const id of trapIds) {
      expect(
        examples.filter((example) => example.traps.includes(id)).length,
      ).toBeGreaterThanOrEqual(150);
    }
    expect(examples.filter((example) => example.traps.length === 0).length).toBeGreaterThanOrEqual(
      1000,
    );
    expect(new Set(examples.map((example) => example.text)).size).toBe(examples.length);
  });

  it("span the registers, third person included, and name their template", () => {
    const shape = z.object({ register: z.string(), person: z.enum(["first", "third"]) });
    const lines = projectData
      .trim()
      .split("\n")
      .map((line) => shape.parse(JSON.parse(line)));
    const registers = new Set(lines.map((line) => line.register));
    expect([...registers].sort()).toEqual(["context-after", "context-before", "short", "texting"]);
    expect(lines.filter((line) => line.person === "third").length).toBeGreaterThan(200);
    for (const example of parseExamples(projectData))
      expect(example.group).toMatch(/^[a-z-]+\/\d+$/);
  });
});
