import { PDFParse } from "pdf-parse";

export interface PdfRead {
  /** Each page's text, as a PDF reader extracts it (pdf.js underneath). */
  pages: string[];
  /** The document's title from its information dictionary, or null. */
  title: string | null;
}

export async function readPdf(pdf: Buffer): Promise<PdfRead> {
  const parser = new PDFParse({ data: pdf });
  try {
    const text = await parser.getText();
    const info: unknown = (await parser.getInfo()).info;
    const title =
      typeof info === "object" && info !== null && "Title" in info && typeof info.Title === "string"
        ? info.Title
        : null;
    return { pages: text.pages.map((page) => page.text), title };
  } finally {
    await parser.destroy();
  }
}
