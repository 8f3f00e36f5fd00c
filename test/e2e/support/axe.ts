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

/**
 * Everything axe finds wrong on the page as it is now, one line each, named by `where` (the
 * screen or state it was found in). A contrast failure carries its colours and ratio, so the line
 * says which token to move. `leaveOut` names rules not run here, each with its reason at the call.
 */
export async function violationsAt(
  page: Page,
  where: string,
  leaveOut: readonly string[] = [],
): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  if (leaveOut.length > 0) axe.disableRules([...leaveOut]);
  const results = await axe.analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const data = node.any[0]?.data as
        | { fgColor?: string; bgColor?: string; contrastRatio?: number }
        | undefined;
      const colours =
        data?.contrastRatio === undefined
          ? ""
          : ` ${data.fgColor} on ${data.bgColor} is ${data.contrastRatio}:1`;
      return `${where}: ${violation.id} at ${node.target.join(" ")}${colours}`;
    }),
  );
}
