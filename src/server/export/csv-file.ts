import { stringify } from "csv-stringify/sync";
import type { CsvTable } from "../../core/export/csv-tables.js";
import { inertCell } from "../../core/export/inert-cell.js";

/**
 * The table as RFC 4180 text: CRLF between records, a cell quoted when it holds a comma, a quote
 * or any line break, and a byte order mark first so spreadsheets read the UTF-8 (accents, emoji)
 * as written. Every text cell passes through `inertCell`, so none can run as a formula.
 */
export function csvText(table: CsvTable): string {
  return stringify([table.header, ...table.rows], {
    bom: true,
    record_delimiter: "windows",
    quote_record_delimiter: true,
    cast: { string: (value) => inertCell(value) },
  });
}
