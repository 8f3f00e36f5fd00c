import { type Me, newAccountSchema } from "../../../core/accounts/account.schema.js";
import { api } from "../../api/reconnect.js";
import { CredentialsForm } from "../../components/CredentialsForm.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";

/**
 * Making the owner account. `erased` when the person has just erased theirs: the screen says that
 * was done before it offers to start again, instead of greeting them as if they were new.
 */
export function SetupScreen({
  onSignedIn,
  erased = false,
}: {
  onSignedIn: (me: Me) => void;
  erased?: boolean;
}) {
  return (
    <div className="screen narrow">
      {erased ? (
        <>
          <ScreenHeading title="Everything is erased">Everything is erased</ScreenHeading>
          <p>
            Your account and everything you kept in it are gone from this computer. If you ever want
            to come back, you can make a new account here.
          </p>
        </>
      ) : (
        <ScreenHeading title="Create your account">Create your account</ScreenHeading>
      )}
      <p>Choose a username and a password. You will use them to sign in.</p>
      <p>
        Everything you write stays on this computer, the one running Reconnect. Nothing is sent
        anywhere else.
      </p>
      <CredentialsForm
        schema={newAccountSchema}
        submitLabel="Create account"
        busyLabel="Creating your account…"
        choosingPassword
        submit={async (credentials) => {
          await api.createOwner(credentials);
          onSignedIn(await api.me());
        }}
      />
    </div>
  );
}
