import { useEffect, useState } from "react";
import { emergencyLinks, resourceLinks } from "../../../core/crisis/contact-links.js";
import { ContactButtons } from "./ContactButtons.js";
import { crisisLines, type Lines } from "./crisis-lines-request.js";

/**
 * The help lines for the browser's region and what to do in an emergency, every number a call or
 * text link. The emergency advice needs no request; the lines are added when they arrive, and a
 * failed request leaves the advice. `full` adds each line's website, for the help sheet;
 * `emergencyOnly` leaves the lines out, beside the safety plan.
 */
export function CrisisLines({
  full = false,
  emergencyOnly = false,
}: {
  full?: boolean;
  emergencyOnly?: boolean;
}) {
  const [lines, setLines] = useState<Lines | null>(null);

  useEffect(() => {
    let live = true;
    crisisLines().then(
      (info) => {
        if (live) setLines(info);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const emergency = lines ? emergencyLinks(lines.emergency) : [];
  return (
    <>
      {lines && !emergencyOnly ? (
        <ul className="crisis-card-lines">
          {lines.resources.map((r) => (
            <li key={r.name}>
              <strong>{r.name}</strong>
              {r.hours ? <> · {r.hours}</> : null}
              <ContactButtons links={resourceLinks(r)} />
              {full && r.url ? (
                <a className="crisis-line-site" href={r.url} rel="noreferrer">
                  {r.url.replace(/^https?:\/\//, "")}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="crisis-emergency">
        In danger right now? Call{" "}
        {lines && emergency.length > 0 ? lines.emergency : "your local emergency number"}.
        <ContactButtons links={emergency} />
      </p>
    </>
  );
}
