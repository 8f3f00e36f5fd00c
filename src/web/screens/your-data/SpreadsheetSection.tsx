import { useId, useState } from "react";
import type { CsvKind } from "../../../core/export/csv-tables.js";
import { DownloadLink } from "./DownloadLink.js";
import { IncludeTick } from "./IncludeTick.js";

const FILES: readonly { kind: CsvKind; label: string }[] = [
  { kind: "checkins", label: "Check-ins" },
  { kind: "questionnaires", label: "Check-ups (PHQ-9 and UCLA-3)" },
  { kind: "plans", label: "Planned activities" },
  { kind: "thoughts", label: "Thought records" },
];

/**
 * One spreadsheet file per kind of record, for a person who wants to look at their own numbers or
 * take them to someone. Thought records hold the most private words, so their text is only in
 * the file when the person ticks the box for it.
 */
export function SpreadsheetSection() {
  const id = useId();
  const [withText, setWithText] = useState(false);

  const hrefOf = (kind: CsvKind) =>
    `/api/export/csv?kind=${kind}${kind === "thoughts" && withText ? "&text=1" : ""}`;

  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>As spreadsheets</h2>
      <p>
        The same records as CSV files that open in any spreadsheet program, one file for each kind.
      </p>
      <IncludeTick checked={withText} onChange={setWithText}>
        Include what I wrote in thought records
      </IncludeTick>
      <ul className="spreadsheet-links" aria-label="Spreadsheet files">
        {FILES.map(({ kind, label }) => (
          <li key={kind}>
            <DownloadLink href={hrefOf(kind)}>{label} (CSV)</DownloadLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
