import { useEffect, useId, useState } from "react";
import type { CrisisResource } from "../../../core/crisis/crisis-resources.js";
import { textWay } from "../../../core/safety-plan/prefill.js";
import { api } from "../../api/reconnect.js";

interface Loaded {
  resources: CrisisResource[];
  emergency: string;
}

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/**
 * Shown in place, beside what the person is writing, when their words suggest they may be
 * thinking of ending their life or hurting themselves. It blocks nothing and loses nothing. Its
 * first words and the link to /crisis need no network; the local lines are added when they load.
 */
export function CrisisCard({ onClose }: { onClose: () => void }) {
  const headingId = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let live = true;
    api.crisisResources().then(
      (info) => {
        if (live) setLoaded({ resources: info.resources, emergency: info.emergency });
      },
      // The card already says how to get help without this list.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="crisis-card" aria-labelledby={headingId}>
      <h2 id={headingId}>You don't have to carry this alone</h2>
      <p>
        What you wrote sounds really heavy. If you are thinking about ending your life or hurting
        yourself, please talk to someone now. Everything you wrote is still here.
      </p>
      {loaded ? (
        <ul className="crisis-card-lines">
          {loaded.resources.map((r) => (
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
      <p>In danger right now? Call {loaded ? loaded.emergency : "your local emergency number"}.</p>
      <p className="crisis-card-actions">
        <a className="crisis-card-link" href="/crisis">
          See all help lines
        </a>
        <a className="crisis-card-link" href="/safety-plan">
          Open your safety plan
        </a>
        <button type="button" className="link-button" onClick={onClose}>
          Close this
        </button>
      </p>
    </section>
  );
}
