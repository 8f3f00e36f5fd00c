import { credentialsSchema, type Me } from "../../../core/accounts/account.schema.js";
import { api } from "../../api/reconnect.js";
import type { SessionEnd } from "../../app/session-end.js";
import { CredentialsForm } from "../../components/CredentialsForm.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";

interface SignInScreenProps {
  onSignedIn: (me: Me) => void;
  /**
   * The session ran out while the person was in the middle of something. "Good to see you" alone
   * read as if what they were writing was gone; drafts are kept per person across a sign-in, so
   * say so.
   */
  ranOut?: boolean;
  /** What the person just did on "Your data", said here so it is not met with a plain sign-in. */
  ended?: SessionEnd | null;
}

export function SignInScreen({ onSignedIn, ranOut = false, ended = null }: SignInScreenProps) {
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
          You're signed out on every phone and computer. Nothing you wrote was touched: sign in
          again whenever you like.
        </p>
      ) : ranOut ? (
        <p>
          You've been signed out on this device. Anything you were writing is kept here: sign in
          again and it will be waiting for you.
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
