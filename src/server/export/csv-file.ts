import { stringify } from "csv-stringify/sync";
import type { CsvCell, CsvTable } from "../../core/export/csv-tables.js";
import { inertCell } from "../../core/export/inert-cell.js";
import { giveWay, RECORDS_PER_STEP } from "../http/give-way.js";

const records = (rows: CsvCell[][], bom: boolean) =>
  stringify(rows, {
    bom,
    record_delimiter: "windows",
    quote_record_delimiter: true,
    cast: { string: (value) => inertCell(value) },
  });

/**
 * The table as RFC 4180 text: CRLF between records, a cell quoted when it holds a comma, a quote
 * or any line break, and a byte order mark first so spreadsheets read the UTF-8 (accents, emoji)
 * as written. Every text cell passes through `inertCell`, so none can run as a formula.
 */
export function csvText(table: CsvTable): string {
  return records([table.header, ...table.rows], true);
}

/**
 * `csvText`, the same text, giving way between steps of records: five years of check-ins written
 * out in one piece held every other person's request meanwhile. Each record is written on its
 * own terms (its cells, then CRLF), so the pieces joined are the whole table's text.
 */
export async function csvTextGivingWay(table: CsvTable): Promise<string> {
  const pieces = [records([table.header], true)];
  for (let start = 0; start < table.rows.length; start += RECORDS_PER_STEP) {
    await giveWay();
    pieces.push(records(table.rows.slice(start, start + RECORDS_PER_STEP), false));
  }
  return pieces.join("");
}
