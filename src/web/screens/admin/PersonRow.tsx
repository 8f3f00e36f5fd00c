import { useLayoutEffect, useRef, useState } from "react";
import type { Me } from "../../../core/accounts/account.schema.js";
import type { AccountSummary } from "../../../core/accounts/account-admin.schema.js";
import type { InvitationCreated } from "../../../core/accounts/invitation.schema.js";
import { isolated } from "../../../core/text/isolated.js";
import { useOneAtATime } from "../../components/useOneAtATime.js";
import type { Done } from "./AdminScreen.js";
import { adminApi } from "./admin-api.js";
import { writtenDate } from "./written-date.js";

const ROLE_WORDS = { owner: "Owner", admin: "Admin", member: "Member" } as const;

/** The same rule the server keeps: never the owner, never yourself, an admin only by the owner. */
function mayManage(me: Me, account: AccountSummary): boolean {
  if (account.role === "owner" || account.id === me.id) return false;
  return account.role === "member" || me.role === "owner";
}

/** One person: name, role and dates, and what the viewer may do for their account. */
export function PersonRow(props: {
  me: Me;
  account: AccountSummary;
  act: (action: () => Promise<void>, done?: Done) => Promise<void>;
  onLink: (link: InvitationCreated) => void;
}) {
  const { me, account, act, onLink } = props;
  const [confirming, setConfirming] = useState(false);
  // One change to an account at a time. A new-password link ends the one before it, so a second
  // tap on a slow connection made two, and the answer that came last (perhaps the link already
  // ended) was the one shown to pass on.
  const changing = useOneAtATime();
  const [resetting, setResetting] = useState(false);
  const change = (action: () => Promise<void>, done?: Done) => {
    if (changing.running()) return;
    void changing.run(() => act(action, done));
  };
  const question = useRef<HTMLParagraphElement>(null);
  // The Remove button is gone once asked: the question takes focus, so a keyboard stays here.
  useLayoutEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  // The account's name as the person chose it, isolated wherever it sits in our words: a name in
  // Hebrew or Arabic letters ending in a dot or dash had that mark drawn on the wrong side of it.
  const name = account.username;
  const shown = <bdi>{name}</bdi>;
  const inWords = isolated(name);
  return (
    <li className="admin-item">
      <div>
        <strong>{shown}</strong>
        {account.id === me.id ? " (you)" : ""} · {ROLE_WORDS[account.role]}
        {account.disabled ? " · Paused" : ""}
        <br />
        <span className="hint">
          Joined {writtenDate(account.createdAt)} · Last here{" "}
          {account.lastSeenAt ? writtenDate(account.lastSeenAt) : "not yet"}
        </span>
      </div>
      {mayManage(me, account) ? (
        confirming ? (
          <div className="step-actions">
            <p ref={question} tabIndex={-1}>
              Remove {shown} and everything in their account? This can't be undone.
            </p>
            <button
              type="button"
              className="primary"
              onClick={() =>
                change(() => adminApi.remove(account.id), {
                  words: `Removed ${inWords} and everything in their account.`,
                  toPeople: true,
                })
              }
            >
              Yes, remove {shown}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Keep {shown}
            </button>
          </div>
        ) : (
          <div className="step-actions">
            <button
              type="button"
              className="secondary"
              aria-label={`${account.disabled ? "Open again" : "Pause"} ${inWords}'s account`}
              onClick={() =>
                change(
                  async () => {
                    await adminApi.change(account.id, { disabled: !account.disabled });
                  },
                  {
                    words: account.disabled
                      ? `${inWords}'s account is open again.`
                      : `${inWords}'s account is paused: they can't sign in until you open it again. Nothing in it is deleted.`,
                  },
                )
              }
            >
              {account.disabled ? "Open again" : "Pause"}
            </button>
            <button
              type="button"
              className="secondary"
              aria-label={
                resetting
                  ? `Making a new-password link for ${inWords}…`
                  : `Reset ${inWords}'s password`
              }
              onClick={() =>
                change(async () => {
                  setResetting(true);
                  try {
                    onLink(await adminApi.resetPassword(account.id));
                  } finally {
                    setResetting(false);
                  }
                })
              }
            >
              {resetting ? "Making the link…" : "Reset password"}
            </button>
            <button
              type="button"
              className="secondary"
              aria-label={`Remove ${inWords}`}
              onClick={() => setConfirming(true)}
            >
              Remove
            </button>
          </div>
        )
      ) : null}
    </li>
  );
}
