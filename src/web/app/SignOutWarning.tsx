import { FormProblem } from "../components/FormProblem.js";
import { MessageScreen } from "../components/MessageScreen.js";
import { AskBeforeSignOut, type LeftOnDevice } from "./AskBeforeSignOut.js";

/**
 * "Sign out" asks on a screen of its own before deleting anything the person would lose: check-ins
 * not yet sent and words not yet saved. Its heading takes focus, as any new screen's does.
 */
export function SignOutWarning({
  left,
  problem,
  onStay,
  onSignOut,
}: {
  left: LeftOnDevice;
  problem: string;
  onStay: () => void;
  onSignOut: () => void;
}) {
  const title =
    left.unsent > 0
      ? "Some check-ins haven't been sent yet"
      : "Something you wrote isn't saved yet";
  return (
    <MessageScreen title={title}>
      <AskBeforeSignOut
        left={left}
        deletes="Signing out deletes everything of yours from this device, and these with it."
        signOutLabel="Sign out and delete them"
        onStay={onStay}
        onSignOut={onSignOut}
      />
      <FormProblem message={problem} />
    </MessageScreen>
  );
}
