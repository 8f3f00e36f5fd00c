import { useEffect, useState } from "react";
import type { SafetyPlan } from "../../../core/safety-plan/safety-plan.schema.js";
import { messageOf } from "../../api/client.js";
import { safetyApi } from "../../api/safety.js";
import { Link } from "../../components/Link.js";
import { PlanView } from "./PlanView.js";

type Loaded =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "ready"; plan: SafetyPlan };

/**
 * The person's safety plan inside the help sheet, to read and act on without leaving the screen
 * underneath. It lives with the safety plan's screen, not with the card, so it and the number
 * finder load only when a plan is opened in the sheet and the check-in screen's script stays small.
 */
export function SheetPlan() {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });

  useEffect(() => {
    let live = true;
    safetyApi.safetyPlan().then(
      (plan) => {
        if (live) setLoaded({ state: "ready", plan });
      },
      (error: unknown) => {
        if (live) setLoaded({ state: "failed", message: messageOf(error) });
      },
    );
    return () => {
      live = false;
    };
  }, []);

  if (loaded.state === "loading") return <p>Getting your plan…</p>;
  if (loaded.state === "failed") {
    return (
      <p>
        {/* No link to the crisis page here: the plan failing is most often the network failing,
            and the lines are one tap away just below, in the sheet. */}
        Your plan couldn't be fetched just now. {loaded.message} The people you can reach are one
        tap away, just below.
      </p>
    );
  }
  const { updatedAt: _updatedAt, ...plan } = loaded.plan;
  if (loaded.plan.updatedAt === null) {
    return (
      <>
        <p>
          You haven't made a safety plan yet. It is a short list, in your own words, of what helps
          in a hard moment and who you can reach. When you feel ready, it takes a few minutes.
        </p>
        <p>
          <Link className="crisis-card-link" href="/safety-plan">
            Make your safety plan
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PlanView plan={plan} level={3} />
      <p>
        <Link className="crisis-card-link" href="/safety-plan">
          Change your plan
        </Link>
      </p>
    </>
  );
}
