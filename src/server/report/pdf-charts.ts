import type {} from "pdfkit";
import { daysBetween, type LocalDate } from "../../core/dates/local-date.js";
import type { WeekFigures } from "../../core/report/report-figures.js";

// Importing the module brings in its global PDFKit types.
export type Doc = PDFKit.PDFDocument;

/** Where a chart sits on the page, in points. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Band {
  readonly min: number;
  readonly max: number;
  readonly label: string;
}

// Light greys for bands and two dark inks that differ in line style too, so a chart printed in
// black and white, or read by someone who does not see colour, still tells its lines apart.
const BAND_SHADES = ["#f4f4f4", "#e6e6e6"] as const;
const INK = "#1f2933";
const SECOND_INK = "#3d5a80";
const GRID = "#9aa5b1";

function axisLabel(doc: Doc, text: string, x: number, y: number, width: number, align = "left") {
  doc
    .font("Helvetica")
    .fontSize(7)
    .fillColor(INK)
    .text(text, x, y, { width, align: align as "left" | "right" | "center", lineBreak: false });
}

/**
 * Questionnaire totals over the period as dots joined by a line, over horizontal bands of the
 * published score ranges, each band named at its right edge.
 */
export function drawBandChart(
  doc: Doc,
  box: Box,
  scale: { min: number; max: number; bands: readonly Band[] },
  period: { from: LocalDate; to: LocalDate },
  totals: readonly { date: LocalDate; total: number }[],
): void {
  const labelWidth = 110;
  const plot = { ...box, width: box.width - labelWidth - 24, x: box.x + 24 };
  const span = Math.max(1, daysBetween(period.from, period.to));
  const yOf = (value: number) =>
    plot.y + plot.height - ((value - scale.min) / (scale.max - scale.min)) * plot.height;
  const xOf = (date: LocalDate) => plot.x + (daysBetween(period.from, date) / span) * plot.width;

  doc.save();
  scale.bands.forEach((band, index) => {
    const top = yOf(index === scale.bands.length - 1 ? scale.max : band.max + 0.5);
    const bottom = yOf(index === 0 ? scale.min : band.min - 0.5);
    doc.rect(plot.x, top, plot.width, bottom - top).fill(BAND_SHADES[index % 2] ?? BAND_SHADES[0]);
    axisLabel(doc, band.label, plot.x + plot.width + 6, (top + bottom) / 2 - 3, labelWidth);
  });
  doc.lineWidth(0.5).rect(plot.x, plot.y, plot.width, plot.height).stroke(GRID);
  for (const value of [scale.min, scale.max]) {
    axisLabel(doc, String(value), box.x, yOf(value) - 3, 20, "right");
  }
  axisLabel(doc, period.from, plot.x, plot.y + plot.height + 3, 80);
  axisLabel(doc, period.to, plot.x + plot.width - 80, plot.y + plot.height + 3, 80, "right");

  doc.lineWidth(1.5).strokeColor(INK).fillColor(INK);
  totals.forEach((point, index) => {
    const x = xOf(point.date);
    const y = yOf(point.total);
    if (index === 0) doc.moveTo(x, y);
    else doc.lineTo(x, y);
  });
  if (totals.length > 1) doc.stroke();
  for (const point of totals) doc.circle(xOf(point.date), yOf(point.total), 2.5).fill(INK);
  doc.restore();
}

/**
 * Each week's average mood (solid line) and energy (dashed) on 0–10, and below them the
 * connections per checked-in day as bars. A week without check-ins is a gap, never a zero.
 */
export function drawWeeklyChart(doc: Doc, box: Box, weeks: readonly WeekFigures[]): void {
  const linesHeight = box.height * 0.62;
  const barsTop = box.y + linesHeight + 18;
  const barsHeight = box.height - linesHeight - 30;
  const plotX = box.x + 24;
  const plotWidth = box.width - 24;
  const step = plotWidth / Math.max(1, weeks.length);
  const xOf = (index: number) => plotX + step * (index + 0.5);
  const yOf = (value: number) => box.y + linesHeight - (value / 10) * linesHeight;

  doc.save();
  doc.lineWidth(0.5).rect(plotX, box.y, plotWidth, linesHeight).stroke(GRID);
  axisLabel(doc, "10", box.x, box.y - 3, 20, "right");
  axisLabel(doc, "0", box.x, box.y + linesHeight - 3, 20, "right");

  const line = (pick: (week: WeekFigures) => number | null, colour: string, dashed: boolean) => {
    doc.lineWidth(1.5).strokeColor(colour);
    if (dashed) doc.dash(4, { space: 3 });
    let drawing = false;
    weeks.forEach((week, index) => {
      const value = pick(week);
      if (value === null) {
        if (drawing) doc.stroke();
        drawing = false;
        return;
      }
      if (drawing) doc.lineTo(xOf(index), yOf(value));
      else doc.moveTo(xOf(index), yOf(value));
      drawing = true;
    });
    if (drawing) doc.stroke();
    doc.undash();
    weeks.forEach((week, index) => {
      const value = pick(week);
      if (value !== null) doc.circle(xOf(index), yOf(value), 1.8).fill(colour);
    });
  };
  line((week) => week.mood, INK, false);
  line((week) => week.energy, SECOND_INK, true);

  const most = Math.max(1, ...weeks.map((week) => week.connections ?? 0));
  axisLabel(doc, `Connections a day (most ${most})`, plotX, barsTop - 10, 200);
  weeks.forEach((week, index) => {
    const value = week.connections ?? 0;
    const height = (value / most) * barsHeight;
    if (height > 0) {
      doc
        .rect(xOf(index) - step * 0.3, barsTop + barsHeight - height, step * 0.6, height)
        .fill(SECOND_INK);
    }
  });
  doc
    .lineWidth(0.5)
    .moveTo(plotX, barsTop + barsHeight)
    .lineTo(plotX + plotWidth, barsTop + barsHeight)
    .stroke(GRID);
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (first && last) {
    axisLabel(doc, `week of ${first.weekStart}`, plotX, barsTop + barsHeight + 3, 120);
    axisLabel(
      doc,
      `week of ${last.weekStart}`,
      plotX + plotWidth - 120,
      barsTop + barsHeight + 3,
      120,
      "right",
    );
  }
  doc.restore();
}
