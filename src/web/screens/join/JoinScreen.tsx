import { useEffect, useState } from "react";
import { type Me, newAccountSchema } from "../../../core/accounts/account.schema.js";
import {
  acceptResetSchema,
  type InvitationInfo,
} from "../../../core/accounts/invitation.schema.js";
import { ApiRequestError, messageOf } from "../../api/client.js";
import { CredentialsForm } from "../../components/CredentialsForm.js";
import { FormProblem } from "../../components/FormProblem.js";
import { MessageScreen } from "../../components/MessageScreen.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { TextField } from "../../components/TextField.js";
import { checkWith, usePasswordForm } from "../../components/usePasswordForm.js";
import { joinApi } from "./join-api.js";

type LinkState =
  | { state: "loading" }
  | { state: "open"; info: InvitationInfo }
  | { state: "closed" }
  | { state: "unknown" }
  | { state: "failed"; message: string };

/** Where an invitation or password-reset link lands: `/join/{token}`, with no session needed. */
export function JoinScreen({ token, onSignedIn }: { token: string; onSignedIn: (me: Me) => void }) {
  const [link, setLink] = useState<LinkState>({ state: "loading" });

  useEffect(() => {
    let current = true;
    joinApi
      .info(token)
      .then((info) => current && setLink({ state: "open", info }))
      .catch((error: unknown) => {
        if (!current) return;
        if (error instanceof ApiRequestError && error.status === 410) setLink({ state: "closed" });
        else if (error instanceof ApiRequestError && error.status === 404) {
          setLink({ state: "unknown" });
        } else setLink({ state: "failed", message: messageOf(error) });
      });
    return () => {
      current = false;
    };
  }, [token]);

  switch (link.state) {
    case "loading":
      return (
        <MessageScreen title="Just a moment">
          <p>Opening your link…</p>
        </MessageScreen>
      );
    case "closed":
      return (
        <MessageScreen title="This link can't be used any more">
          <p>
            It may have been used already, withdrawn, or it ran out after 7 days. Nothing was made
            with it. Please ask the person who sent it for a new one.
          </p>
          <p>
            Already have an account? <a href="/sign-in">Sign in</a>.
          </p>
        </MessageScreen>
      );
    case "unknown":
      return (
        <MessageScreen title="This link doesn't open anything">
          <p>
            Please check it was copied whole, or ask the person who sent it for a new one. Already
            have an account? <a href="/sign-in">Sign in</a>.
          </p>
        </MessageScreen>
      );
    case "failed":
      return (
        <MessageScreen title="We couldn't open this link">
          <p>{link.message}</p>
        </MessageScreen>
      );
    case "open":
      return link.info.kind === "reset" ? (
        <ResetForm token={token} username={link.info.username ?? ""} onSignedIn={onSignedIn} />
      ) : (
        <div className="screen narrow">
          <ScreenHeading title="Welcome to Reconnect">Welcome to Reconnect</ScreenHeading>
          <p>
            Someone has made you a place here. Choose a name and a password to start; what you write
            stays private to you, and the people who run this Reconnect can't read it.
          </p>
          <CredentialsForm
            schema={newAccountSchema}
            submitLabel="Create account"
            busyLabel="Creating your account…"
            choosingPassword={true}
            submit={async (credentials) => onSignedIn(await joinApi.accept(token, credentials))}
          />
        </div>
      );
  }
}

/** A new password for an account whose password was reset; the name stays as it was. */
function ResetForm(props: { token: string; username: string; onSignedIn: (me: Me) => void }) {
  const { token, username, onSignedIn } = props;
  const [password, setPassword] = useState("");
  const { id, errors, problem, busy, onSubmit } = usePasswordForm({
    fields: ["password"],
    check: () => checkWith(acceptResetSchema, { password }),
    send: async (reset) => onSignedIn(await joinApi.accept(token, reset)),
    focusServerErrors: false,
  });

  return (
    <div className="screen narrow">
      <ScreenHeading title="Choose a new password">Choose a new password</ScreenHeading>
      <p>
        For the account{" "}
        <strong>
          <bdi>{username}</bdi>
        </strong>
        . Your check-ins and everything else are just as you left them.
      </p>
      <form className="stack" noValidate onSubmit={onSubmit}>
        <FormProblem message={problem} />
        {/* For password managers: the account this new password belongs to. */}
        <input type="hidden" name="username" autoComplete="username" value={username} />
        <TextField
          id={`${id}-password`}
          label="New password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="At least 8 characters."
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.password}
        />
        <button type="submit" className="primary">
          {busy ? "Saving…" : "Save and sign in"}
        </button>
      </form>
    </div>
  );
}
