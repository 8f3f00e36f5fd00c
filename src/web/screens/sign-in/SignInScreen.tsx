import { credentialsSchema, type Me } from "../../../core/accounts/account.schema.js";
import { api } from "../../api/reconnect.js";
import { CredentialsForm } from "../../components/CredentialsForm.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";

export function SignInScreen({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  return (
    <div className="screen narrow">
      <ScreenHeading title="Sign in">Sign in</ScreenHeading>
      <p>Good to see you. Sign in to check in or look back at your days.</p>
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
