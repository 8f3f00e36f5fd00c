import type { ReactNode } from "react";

/**
 * A file to take away (all data, a report, a spreadsheet, a health record): a link styled as a
 * button that downloads rather than opens, so the person stays on this screen. One component, so
 * every download on it looks and behaves the same.
 */
export function DownloadLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="button-link" href={href} download>
      {children}
    </a>
  );
}
