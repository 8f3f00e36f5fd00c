import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** Everything axe finds wrong on the page, one readable line each, so a failure says what and where. */
export async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
}
