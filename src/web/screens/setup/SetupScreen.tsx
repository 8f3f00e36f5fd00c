import { type Me, newAccountSchema } from "../../../core/accounts/account.schema.js";
import { api } from "../../api/reconnect.js";
import { CredentialsForm } from "../../components/CredentialsForm.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";

export function SetupScreen({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  return (
    <div className="screen narrow">
      <ScreenHeading title="Create your account">Create your account</ScreenHeading>
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
