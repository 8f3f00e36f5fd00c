import { useContext, useEffect, useId, useRef, useState } from "react";
import { messageOf } from "../../api/client.js";
import { AskBeforeSignOut, type LeftOnDevice, somethingLeft } from "../../app/AskBeforeSignOut.js";
import { leftOnDevice } from "../../app/ended-elsewhere.js";
import { FormProblem } from "../../components/FormProblem.js";
import { DraftOwner } from "../../drafts/DraftOwner.js";
import { yourDataApi } from "./your-data-api.js";

/**
 * For a lost phone or a shared computer: every session ends, this one too. This device is signed
 * out as by "Sign out", so the person's check-ins not yet sent and words not yet saved here go
 * with it: asked first, as "Sign out" asks, never done silently.
 */
export function SignOutEverywhereSection({ onSignedOut }: { onSignedOut: () => void }) {
  const id = useId();
  const owner = useContext(DraftOwner);
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);
  const [left, setLeft] = useState<LeftOnDevice | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const asked = left !== null;

  // The button pressed gives way to the question (which takes focus as it appears), and the
  // question to the button: focus follows, so a keyboard or screen reader is not left on nothing.
  const wasAsked = useRef(false);
  useEffect(() => {
    if (!asked && wasAsked.current) button.current?.focus();
    wasAsked.current = asked;
  }, [asked]);

  async function signOutEverywhere(deleteLeft: boolean) {
    if (busy) return;
    setProblem("");
    if (!deleteLeft && owner !== null) {
      const found = await leftOnDevice(owner);
      if (somethingLeft(found)) {
        setLeft(found);
        return;
      }
    }
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
        used someone else's. Everything you saved stays in your account.
      </p>
      {left !== null ? (
        <div>
          <AskBeforeSignOut
            left={left}
            question="Before you go: this device is signed out too, and some of your words are only here."
            deletes="Signing out everywhere deletes them from this device."
            signOutLabel={busy ? "Signing out…" : "Sign out everywhere and delete them"}
            onStay={() => setLeft(null)}
            onSignOut={() => void signOutEverywhere(true)}
          />
        </div>
      ) : (
        <button ref={button} type="button" onClick={() => void signOutEverywhere(false)}>
          {busy ? "Signing out…" : "Sign out everywhere"}
        </button>
      )}
      <FormProblem message={problem} />
    </section>
  );
}
