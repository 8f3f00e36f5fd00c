import { useEffect, useState } from "react";
import { telHref, textWay } from "../../../core/crisis/contact-links.js";
import type { CrisisResource } from "../../../core/crisis/crisis-resources.js";
import { api } from "../../api/reconnect.js";

interface Lines {
  resources: CrisisResource[];
  emergency: string;
}

/**
 * The help lines for the browser's region and what to do in an emergency. The emergency advice
 * needs no request; the lines are added when they arrive, and a failed request leaves the advice.
 */
export function CrisisLines() {
  const [lines, setLines] = useState<Lines | null>(null);

  useEffect(() => {
    let live = true;
    api.crisisResources().then(
      (info) => {
        if (live) setLines({ resources: info.resources, emergency: info.emergency });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <>
      {lines ? (
        <ul className="crisis-card-lines">
          {lines.resources.map((r) => (
            <li key={r.name}>
              <strong>{r.name}</strong>
              {r.phone ? (
                <>
                  {" "}
                  <a href={telHref(r.phone)}>call {r.phone}</a>
                </>
              ) : null}
              {r.text ? <> · {textWay(r.text)}</> : null}
              {r.hours ? <> · {r.hours}</> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p>In danger right now? Call {lines ? lines.emergency : "your local emergency number"}.</p>
    </>
  );
}
