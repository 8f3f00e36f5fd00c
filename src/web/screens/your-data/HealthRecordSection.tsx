import { useId } from "react";
import { DownloadLink } from "./DownloadLink.js";

/**
 * The check-ups as FHIR, the format clinical record systems read, for a person who wants their
 * doctor's system to hold them. Says in one sentence what is in it, and what is not.
 */
export function HealthRecordSection() {
  const id = useId();
  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>For a health record</h2>
      <p>
        Your PHQ-9 and UCLA-3 check-ups in FHIR, the format clinics' record systems can read, with
        no name, notes or check-ins in it.
      </p>
      <p>
        <DownloadLink href="/api/export/fhir">Download for a health record (FHIR)</DownloadLink>
      </p>
    </section>
  );
}
