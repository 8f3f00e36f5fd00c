import { credentialsSchema, type Me } from "../../../core/accounts/account.schema.js";
import type { SessionEnd } from "../../api/client.js";
import { api } from "../../api/reconnect.js";
import type { EndedHere } from "../../app/session-end.js";
import { CredentialsForm } from "../../components/CredentialsForm.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";

interface SignInScreenProps {
  onSignedIn: (me: Me) => void;
  /**
   * Why sign-in is back while the person was in the middle of something. A session that ran out
   * keeps their drafts, and "Good to see you" alone read as if what they were writing was gone,
   * so it says so. One ended from somewhere else (signed out everywhere, a new password, the
   * account paused or erased) took this person's drafts, and the account may no longer be there
   * to sign in to, so nothing is promised: one short paragraph says what happened and what they
   * can do, naming no one who did it.
   */
  endedBy?: SessionEnd | null;
  /** What the person just did on "Your data", said here so it is not met with a plain sign-in. */
  ended?: EndedHere | null;
}

export function SignInScreen({ onSignedIn, endedBy = null, ended = null }: SignInScreenProps) {
  return (
    <div className="screen narrow">
      {ended === "erased" ? (
        <>
          <ScreenHeading title="Everything is erased">Everything is erased</ScreenHeading>
          <p>
            Your account and everything you kept in it are gone from this server. Anyone else who
            uses this Reconnect can still sign in below.
          </p>
        </>
      ) : (
        <ScreenHeading title="Sign in">Sign in</ScreenHeading>
      )}
      {ended === "erased" ? null : ended === "signed-out-everywhere" ? (
        <p>
          You're signed out on every phone and computer. Everything you saved is still in your
          account; anything unsaved on this device was cleared to keep it private. Sign in again
          whenever you like.
        </p>
      ) : endedBy === "ran-out" ? (
        <p>
          You've been signed out on this device. Anything you were writing is kept here: sign in
          again and it will be waiting for you.
        </p>
      ) : endedBy === "other-account" ? (
        <p>
          You've been signed out on this browser. Anything you were writing is still kept here: sign
          in again and it will be waiting for you.
        </p>
      ) : endedBy === "ended-elsewhere" ? (
        <p>
          You've been signed out from somewhere else, and anything unsaved on this device was
          cleared to keep it private. If your account is still here, sign in whenever you're ready.
        </p>
      ) : (
        <p>Good to see you. Sign in to check in or look back at your days.</p>
      )}
      <CredentialsForm
        schema={credentialsSchema}
        submitLabel="Sign in"
        busyLabel="Signing in…"
        choosingPassword={false}
        submit={async (credentials) => {
          await api.signIn(credentials);
          onSignedIn(await api.me());
        }}
      />
    </div>
  );
}
