import { describe, expect, it } from "vitest";
import { CrisisPage } from "./pages/CrisisPage.js";
import { browserUnavailable } from "./support/browser.js";
import { openPage, useJourney } from "./support/journey.js";
import { pageWidth, readTextAt } from "./support/large-text.js";

const PHONE = { width: 390, height: 844 };

/**
 * The help page on a phone with its text at 200%, in every region it offers. Its cards of help
 * lines sat in a grid column as wide as their widest button or word, and the region picker was as
 * wide as its longest country: the whole page slid sideways, cutting off the end of each line
 * of the one page a person in crisis is sent to.
 */
describe.skipIf(browserUnavailable())("the help pages, with the text at 200% on a phone", () => {
  const journey = useJourney({ viewport: PHONE, hasTouch: true, isMobile: true });

  it("/crisis keeps to the screen's width in every region", async () => {
    const { page, server } = journey;
    await readTextAt(page, 200);
    const crisis = new CrisisPage(page);
    await crisis.open(server.baseUrl);
    const regions = await crisis.region
      .locator("option")
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(regions.length).toBeGreaterThan(3);
    const wide: string[] = [];
    for (const region of regions) {
      await crisis.open(server.baseUrl, region);
      await crisis.resources.first().waitFor();
      const width = await pageWidth(page);
      if (width !== PHONE.width) wide.push(`${region}: ${width} px`);
    }
    expect(wide).toEqual([]);
  });

  it("the supporter guide's help-line cards keep to the screen's width", async () => {
    const { page, server } = journey;
    await readTextAt(page, 200);
    await openPage(page, `${server.baseUrl}/support?region=US`);
    const cards = page.locator("ul.resources li");
    await cards.first().waitFor();
    const rightEdges = await cards.evaluateAll((items) =>
      items.map((item) => Math.round(item.getBoundingClientRect().right)),
    );
    expect(rightEdges.filter((right) => right > PHONE.width)).toEqual([]);
  });
});
