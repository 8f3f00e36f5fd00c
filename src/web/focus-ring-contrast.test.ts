import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const CSS = readFileSync(new URL("./styles.css", import.meta.url), "utf8");

/** The custom properties set in one block of declarations, by name without the dashes. */
function tokensIn(block: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const [, name = "", value = ""] of block.matchAll(/--([\w-]+):\s*([^;]+);/g))
    tokens.set(name, value.trim());
  return tokens;
}

/** The body of the first rule whose selector is exactly `selector`, after `from`. */
function ruleBody(css: string, selector: string, from = 0): string {
  const start = css.indexOf(`${selector} {`, from);
  if (start < 0) throw new Error(`No "${selector}" rule in styles.css.`);
  const open = css.indexOf("{", start);
  return css.slice(open + 1, css.indexOf("}", open));
}

const LIGHT = tokensIn(ruleBody(CSS, ":root"));
const DARK = new Map([
  ...LIGHT,
  ...tokensIn(ruleBody(CSS, ":root", CSS.indexOf("@media (prefers-color-scheme: dark)"))),
]);

/** The colour tokens any focus ring is drawn in: the outlines of every `:focus` rule. */
function ringTokens(css: string): string[] {
  const found = new Set<string>();
  for (const [, selector = "", body = ""] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!selector.includes(":focus")) continue;
    for (const [, name = ""] of body.matchAll(/outline:[^;]*var\(--([\w-]+)\)/g)) found.add(name);
  }
  return [...found];
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light = 0, dark = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * A focus ring sits 2px outside its control, so what it is seen against is the page or the card
 * or sheet the control is in: `--bg` or `--surface`. WCAG 2.2 asks 3:1 of it there (1.4.11), in
 * the light colours and the dark.
 */
describe("focus rings against what they are drawn on", () => {
  it("are drawn in a token of the palette", () => {
    expect(ringTokens(CSS)).toContain("focus");
  });

  for (const [scheme, tokens] of [
    ["light", LIGHT],
    ["dark", DARK],
  ] as const) {
    it(`stand at 3:1 or more in the ${scheme} colours`, () => {
      const faint: string[] = [];
      for (const ring of ringTokens(CSS)) {
        for (const ground of ["bg", "surface"]) {
          const [fore = "", back = ""] = [tokens.get(ring), tokens.get(ground)];
          expect(fore, `--${ring}`).toMatch(/^#[0-9a-f]{6}$/i);
          expect(back, `--${ground}`).toMatch(/^#[0-9a-f]{6}$/i);
          const ratio = contrast(fore, back);
          if (ratio < 3) faint.push(`--${ring} on --${ground}: ${ratio.toFixed(2)}:1`);
        }
      }
      expect(faint).toEqual([]);
    });
  }
});
