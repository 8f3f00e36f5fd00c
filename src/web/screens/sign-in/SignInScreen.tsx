import { credentialsSchema, type Me } from "../../../core/accounts/account.schema.js";
import { api } from "../../api/reconnect.js";
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
}

export function SignInScreen({ onSignedIn, ranOut = false }: SignInScreenProps) {
  return (
    <div className="screen narrow">
      <ScreenHeading title="Sign in">Sign in</ScreenHeading>
      {ranOut ? (
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
