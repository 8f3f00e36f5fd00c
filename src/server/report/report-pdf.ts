import { setImmediate } from "node:timers/promises";
import PDFDocument from "pdfkit";
import { phq9 } from "../../core/assessments/phq9.js";
import type { LocalDate } from "../../core/dates/local-date.js";
import { printableText } from "../../core/report/printable-text.js";
import type { ReportFigures } from "../../core/report/report-figures.js";
import { counted } from "../../core/text/counted.js";
import { type Band, type Doc, drawBandChart, drawWeeklyChart } from "./pdf-charts.js";

/** Said at the foot of every page: what this is, and what it is not. */
export const SELF_REPORT_LINE =
  "A self-report: what the person noted themselves in Reconnect. It is not a diagnosis.";

const MARGIN = 50;
const FOOTER_HEIGHT = 30;
const PHQ9_BANDS: readonly Band[] = [
  { min: 0, max: 4, label: "0-4 minimal" },
  { min: 5, max: 9, label: "5-9 mild" },
  { min: 10, max: 14, label: "10-14 moderate" },
  { min: 15, max: 19, label: "15-19 moderately severe" },
  { min: 20, max: 27, label: "20-27 severe" },
];
const UCLA3_BANDS: readonly Band[] = [
  { min: 3, max: 5, label: "3-5 not often lonely" },
  { min: 6, max: 9, label: "6-9 often lonely" },
];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "3 Nov 2026": read the same way everywhere, unlike 03/11/2026. */
export function longDate(date: LocalDate): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? "";
  return `${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}

const figure = (value: number | null) => (value === null ? "not noted" : `${value}`);
/** Through counted(), so an average of exactly 1 reads "1 hour" and 1.5 reads "1.5 hours". */
const figureOf = (value: number | null, one: string) =>
  value === null ? "not noted" : counted(value, one);

/**
 * Writes into the document's structure tree as it draws, so a screen reader reads headings,
 * paragraphs and charts (by their description) in order, and skips the page furniture.
 */
class TaggedWriter {
  private readonly root;
  constructor(private readonly doc: Doc) {
    this.root = doc.struct("Document");
    doc.addStructure(this.root);
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const size = level === 1 ? 18 : level === 2 ? 14 : 11.5;
    // Keep a heading with what follows it: a few lines, or most of a chart.
    if (this.doc.y > this.doc.page.height - MARGIN - FOOTER_HEIGHT - 150) this.doc.addPage();
    this.doc.moveDown(level === 1 ? 0 : 0.6);
    this.doc
      .font("Helvetica-Bold")
      .fontSize(size)
      .fillColor("#1f2933")
      .text(text, MARGIN, this.doc.y, { structParent: this.root, structType: `H${level}` });
    this.doc.moveDown(0.3);
  }

  paragraph(text: string, options: { personal?: boolean } = {}): void {
    const printable = options.personal ? printableText(text) : { text };
    this.doc
      .font("Helvetica")
      .fontSize(10)
      .fillColor("#1f2933")
      .text(printable.text, MARGIN, this.doc.y, { structParent: this.root, structType: "P" });
    this.doc.moveDown(0.4);
  }

  /** A drawing with a description in words that says what it shows, for those who cannot see it. */
  chart(
    height: number,
    description: string,
    draw: (box: { x: number; y: number; width: number; height: number }) => void,
  ): void {
    const doc = this.doc;
    if (doc.y + height + 20 > doc.page.height - MARGIN - FOOTER_HEIGHT) doc.addPage();
    const box = { x: MARGIN, y: doc.y + 6, width: doc.page.width - 2 * MARGIN, height };
    this.root.add(doc.struct("Figure", { alt: description }, () => draw(box)));
    doc.x = MARGIN;
    doc.y = box.y + height + 16;
  }

  end(): void {
    this.root.end();
  }
}

function checkUps(writer: TaggedWriter, doc: Doc, figures: ReportFigures): void {
  const period = { from: figures.from, to: figures.to };
  writer.heading(2, "Check-ups: PHQ-9 and UCLA-3");
  writer.paragraph(
    "Totals of the questionnaires the person filled in, drawn against the published score ranges. The ranges describe how much something has bothered them over the last two weeks; they are screening ranges, not a diagnosis.",
  );

  writer.heading(3, "PHQ-9 totals (0-27)");
  if (figures.phq9.length === 0) writer.paragraph("No PHQ-9 in this period.");
  else {
    writer.chart(
      150,
      `PHQ-9 totals over the period: ${figures.phq9.map((p) => `${longDate(p.date)} ${p.total}`).join(", ")}.`,
      (box) =>
        drawBandChart(doc, box, { min: 0, max: 27, bands: PHQ9_BANDS }, period, figures.phq9),
    );
    for (const p of figures.phq9) writer.paragraph(`${longDate(p.date)}: total ${p.total}`);
  }

  writer.heading(3, "PHQ-9 item 9, answered plainly");
  writer.paragraph(`"${phq9.items[8]}" (over the last two weeks)`);
  if (figures.phq9.length === 0) writer.paragraph("Not answered in this period.");
  for (const p of figures.phq9) writer.paragraph(`${longDate(p.date)}: ${p.item9Words}`);
  if (figures.phq9.some((p) => p.item9 > 0)) {
    writer.paragraph('Any answer other than "Not at all" is worth talking about together.');
  }

  writer.heading(3, "UCLA-3 loneliness totals (3-9)");
  if (figures.ucla3.length === 0) writer.paragraph("No UCLA-3 in this period.");
  else {
    writer.chart(
      100,
      `UCLA-3 totals over the period: ${figures.ucla3.map((p) => `${longDate(p.date)} ${p.total}`).join(", ")}.`,
      (box) =>
        drawBandChart(doc, box, { min: 3, max: 9, bands: UCLA3_BANDS }, period, figures.ucla3),
    );
    for (const p of figures.ucla3) writer.paragraph(`${longDate(p.date)}: total ${p.total}`);
  }
}

function checkins(writer: TaggedWriter, doc: Doc, figures: ReportFigures): void {
  const a = figures.averages;
  writer.heading(2, "Daily check-ins");
  if (a.days === 0) {
    writer.paragraph("No check-ins in this period.");
    return;
  }
  writer.paragraph(
    `${counted(a.days, "day")} with a check-in. Averages (0-10 unless said): mood ${figure(a.mood)}, energy ${figure(a.energy)}, enjoyment ${figure(a.enjoyment)}, sleep ${figureOf(a.sleepHours, "hour")}, connections with people ${figure(a.connections)} a day.`,
  );
  writer.paragraph(
    "Below, by week: mood (solid line) and energy (dashed line), 0-10; below, connections with people per day with a check-in. A gap is a week without check-ins.",
  );
  const described = figures.weeks
    .filter((week) => week.days > 0)
    .map(
      (w) =>
        `week of ${longDate(w.weekStart)}: mood ${figure(w.mood)}, energy ${figure(w.energy)}, connections ${figure(w.connections)}`,
    )
    .join("; ");
  writer.chart(170, `Weekly averages. ${described}.`, (box) =>
    drawWeeklyChart(doc, box, figures.weeks),
  );
}

function activities(writer: TaggedWriter, figures: ReportFigures): void {
  const { planned, done, letGo, forecast } = figures.activities;
  writer.heading(2, "Activities");
  writer.paragraph(`${planned} planned in this period: ${done} done, ${letGo} let go.`);
  writer.heading(3, "Expected and felt enjoyment");
  if (forecast.status === "not-enough-yet") {
    writer.paragraph(
      `Fewer than 5 done activities with a rating in this period (${forecast.done}), too few to compare expected and felt enjoyment.`,
    );
  } else {
    writer.paragraph(forecast.summary);
    for (const area of forecast.byArea) writer.paragraph(area.sentence);
  }
}

function traps(writer: TaggedWriter, figures: ReportFigures): void {
  writer.heading(2, "Thinking traps noticed most often");
  if (figures.traps.length === 0) writer.paragraph("None noted in thought records in this period.");
  for (const trap of figures.traps) {
    writer.paragraph(`${trap.name}: ${counted(trap.count, "time")}`);
  }
}

const UNDRAWN =
  'Some characters in these words could not be drawn in this PDF and show as "?". Reconnect shows them in full.';

/** Said before the words rather than after them, so a reader knows at once what a "?" means. */
function chosenSection(writer: TaggedWriter, title: string, texts: readonly string[]): void {
  writer.heading(2, title);
  writer.paragraph("Included because the person chose to share them.");
  if (texts.some((text) => printableText(text).replaced)) writer.paragraph(UNDRAWN);
}

/**
 * Drawing text is work for the one thread that answers every request: five years of long notes
 * took seconds of it in one piece, in which nobody else's check-in, share card or health check
 * was answered. So the report gives way after each note or thought it draws.
 */
const giveWay = () => setImmediate();

async function chosenTexts(
  writer: TaggedWriter,
  figures: ReportFigures,
  ticked: { notes: boolean; thoughts: boolean },
): Promise<void> {
  if (ticked.notes) {
    chosenSection(
      writer,
      "Notes from check-ins",
      figures.notes.map((note) => note.text),
    );
    if (figures.notes.length === 0) writer.paragraph("No notes in this period.");
    for (const note of figures.notes) {
      writer.paragraph(`${longDate(note.date)}: ${note.text}`, { personal: true });
      await giveWay();
    }
  }
  if (ticked.thoughts) {
    chosenSection(
      writer,
      "Thought records",
      figures.thoughts.flatMap((t) => [t.thought, t.balancedThought ?? ""]),
    );
    if (figures.thoughts.length === 0) writer.paragraph("No thought records in this period.");
    for (const t of figures.thoughts) {
      writer.paragraph(`${longDate(t.date)}: ${t.thought}`, { personal: true });
      if (t.balancedThought)
        writer.paragraph(`Another way to see it: ${t.balancedThought}`, { personal: true });
      await giveWay();
    }
  }
}

/** The page furniture, marked as such so screen readers pass over it: the self-report line and page number. */
function footers(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    // Writing below the bottom margin would start a new page; the footer sits there on purpose.
    doc.page.margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor("#52606d")
      .text(
        `${SELF_REPORT_LINE}  Page ${index + 1} of ${range.count}.`,
        MARGIN,
        doc.page.height - MARGIN + 10,
        {
          width: doc.page.width - 2 * MARGIN,
          lineBreak: false,
        },
      );
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}

export interface ReportOptions {
  readonly madeOn: LocalDate;
  readonly includeNotes: boolean;
  readonly includeThoughts: boolean;
}

/** The clinician report as PDF bytes: tagged, titled and in English, drawn with built-in fonts. */
export async function reportPdf(figures: ReportFigures, options: ReportOptions): Promise<Buffer> {
  const title = `Reconnect report, ${longDate(figures.from)} to ${longDate(figures.to)}`;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_HEIGHT },
    bufferPages: true,
    tagged: true,
    lang: "en",
    displayTitle: true,
    pdfVersion: "1.7",
    info: { Title: title, Creator: "Reconnect", Producer: "Reconnect" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const writer = new TaggedWriter(doc);
  writer.heading(1, title);
  writer.paragraph(
    `What the person noted in Reconnect from ${longDate(figures.from)} to ${longDate(figures.to)}, made on ${longDate(options.madeOn)}. Reconnect is a self-help app for noticing low mood and time spent apart from people, and for taking small steps back. Everything here was entered by the person; nothing is a clinical assessment.`,
  );
  checkUps(writer, doc, figures);
  checkins(writer, doc, figures);
  activities(writer, figures);
  traps(writer, figures);
  writer.heading(2, "Safety plan");
  writer.paragraph(
    figures.hasSafetyPlan
      ? "The person has written a safety plan in Reconnect. Its words are not part of this report."
      : "No safety plan is written in Reconnect yet.",
  );
  await chosenTexts(writer, figures, {
    notes: options.includeNotes,
    thoughts: options.includeThoughts,
  });
  writer.end();
  footers(doc);
  doc.end();
  return done;
}
