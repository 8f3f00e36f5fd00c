import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { otherAccount, sessionEnded, unauthorized } from "../errors/app-error.js";

/** docs/API.md as one line: its paragraphs wrap anywhere. */
async function apiReference(): Promise<string> {
  const text = await readFile(new URL("../../../docs/API.md", import.meta.url), "utf8");
  return text.replace(/\s+/g, " ");
}

describe("the session 401s in docs/API.md", () => {
  it("names each code with the words the server answers, beside the other errors", async () => {
    const docs = await apiReference();
    const errors = docs.slice(docs.indexOf("- **Errors**"), docs.indexOf("## Health"));
    for (const refusal of [unauthorized(), sessionEnded(), otherAccount()]) {
      expect(errors).toContain(`401 \`${refusal.code}\``);
      expect(errors).toContain(refusal.message);
    }
  });
});
