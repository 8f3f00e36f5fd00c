import { useId, useState } from "react";
import { messageOf } from "../../api/client.js";
import { FormProblem } from "../../components/FormProblem.js";
import { yourDataApi } from "./your-data-api.js";

/** For a lost phone or a shared computer: every session ends, this one too. */
export function SignOutEverywhereSection({ onSignedOut }: { onSignedOut: () => void }) {
  const id = useId();
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);

  async function signOutEverywhere() {
    if (busy) return;
    setProblem("");
    setBusy(true);
    try {
      await yourDataApi.signOutEverywhere();
      onSignedOut();
    } catch (error) {
      setProblem(messageOf(error));
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Sign out everywhere</h2>
      <p>
        Signs you out on every phone and computer, this one included. Useful if you lost a device or
        used someone else's. Nothing you wrote is touched.
      </p>
      <FormProblem message={problem} />
      <button type="button" onClick={() => void signOutEverywhere()}>
        {busy ? "Signing out…" : "Sign out everywhere"}
      </button>
    </section>
  );
}
