import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import type { Me } from "../../../core/accounts/account.schema.js";
import type { AccountSummary } from "../../../core/accounts/account-admin.schema.js";
import type {
  InvitationCreated,
  InvitedRole,
  OpenInvitation,
} from "../../../core/accounts/invitation.schema.js";
import { linkReachesOthers } from "../../../core/shares/link-reach.js";
import type { ShareLinks } from "../../../core/shares/share.schema.js";
import { isolated } from "../../../core/text/isolated.js";
import { messageOf } from "../../api/client.js";
import { FormProblem } from "../../components/FormProblem.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { useOneAtATime } from "../../components/useOneAtATime.js";
import { CopyButton } from "../circle/CopyShare.js";
import { adminApi, fullLink } from "./admin-api.js";
import { PersonRow } from "./PersonRow.js";
import { writtenDate } from "./written-date.js";

/**
 * What an action says once done. A removed person's row goes, taking focus with it: `toPeople`
 * puts focus on the list's heading, so a keyboard is not left on the page body.
 */
export interface Done {
  words: string;
  toPeople?: boolean;
}

/** A link just made, shown once: the server keeps only its fingerprint. */
export interface MadeLink {
  what: string;
  link: InvitationCreated;
}

/**
 * For the owner and admins: the people on this server, inviting someone, and looking after an
 * account. It shows names, roles and dates only; nobody's check-ins or words ever reach it.
 */
export function AdminScreen({ me }: { me: Me }) {
  const [accounts, setAccounts] = useState<AccountSummary[] | null>(null);
  const [invitations, setInvitations] = useState<OpenInvitation[]>([]);
  const [links, setLinks] = useState<ShareLinks | null>(null);
  const [made, setMade] = useState<MadeLink | null>(null);
  const [problem, setProblem] = useState("");
  const [said, setSaid] = useState("");
  const peopleHeading = useRef<HTMLHeadingElement>(null);

  const reload = useCallback(async () => {
    try {
      const [people, open] = await Promise.all([adminApi.accounts(), adminApi.invitations()]);
      setAccounts(people);
      setInvitations(open.invitations);
      setLinks(open.links);
    } catch (error) {
      setProblem(messageOf(error));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Runs one action, then shows the list as the server now has it, and says what was done. */
  async function act(action: () => Promise<void>, done?: Done) {
    setProblem("");
    setSaid("");
    try {
      await action();
    } catch (error) {
      setProblem(messageOf(error));
      await reload();
      return;
    }
    await reload();
    if (!done) return;
    setSaid(done.words);
    if (done.toPeople) peopleHeading.current?.focus();
  }

  return (
    <div className="screen admin-screen">
      <ScreenHeading title="People">People on this Reconnect</ScreenHeading>
      <p>
        Everyone here has their own private space. You can invite people and look after their
        accounts; you never see what anyone writes or scores.
      </p>
      <FormProblem message={problem} />
      <p role="status" className="hint">
        {said}
      </p>
      {/* Said before a link is made: a link that opens nowhere else fails on the other side. */}
      {links !== null && !linkReachesOthers(links, window.location.hostname) ? (
        <LinksStayHere />
      ) : null}
      {made ? <MadeLinkPanel made={made} links={links} onDone={() => setMade(null)} /> : null}
      <InviteForm
        canInviteAdmins={me.role === "owner"}
        onInvite={(role) =>
          act(async () => {
            const link = await adminApi.invite(role);
            setMade({ what: role === "admin" ? "an admin invitation" : "an invitation", link });
          })
        }
      />
      {invitations.length > 0 ? (
        <section aria-labelledby="open-links-heading">
          <h2 id="open-links-heading">Links not used yet</h2>
          <ul className="admin-list">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="admin-item">
                <span>
                  {invitation.kind === "reset"
                    ? `New password for ${invitation.username === null ? "someone" : isolated(invitation.username)}`
                    : invitation.role === "admin"
                      ? "Invitation for an admin"
                      : "Invitation"}
                  , works until {writtenDate(invitation.expiresAt)}
                </span>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => void act(() => adminApi.revoke(invitation.id))}
                >
                  Withdraw
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="people-heading">
        <h2 id="people-heading" ref={peopleHeading} tabIndex={-1}>
          People
        </h2>
        {accounts === null ? (
          <p>Loading the people here…</p>
        ) : (
          <ul className="admin-list">
            {accounts.map((account) => (
              <PersonRow
                key={account.id}
                me={me}
                account={account}
                act={act}
                onLink={(link) =>
                  setMade({ what: `a new-password link for ${isolated(account.username)}`, link })
                }
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function InviteForm(props: {
  canInviteAdmins: boolean;
  onInvite: (role: InvitedRole) => Promise<void>;
}) {
  const id = useId();
  const [role, setRole] = useState<InvitedRole>("member");
  // A second tap while the first link is being made would make a second live invitation.
  const making = useOneAtATime();
  return (
    <form
      className="stack"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void making.run(() => props.onInvite(role));
      }}
    >
      <h2 id={`${id}-heading`}>Invite someone</h2>
      <p className="hint">
        You get a link to send them. It works once, for 7 days; they choose their own name and
        password.
      </p>
      {props.canInviteAdmins ? (
        <div className="field">
          <label htmlFor={`${id}-role`}>They will be</label>
          <select
            id={`${id}-role`}
            value={role}
            onChange={(event) => setRole(event.target.value === "admin" ? "admin" : "member")}
          >
            <option value="member">A member</option>
            <option value="admin">An admin, who can invite and look after accounts</option>
          </select>
        </div>
      ) : null}
      <button type="submit" className="primary">
        {making.busy ? "Making the link…" : "Make an invitation link"}
      </button>
    </form>
  );
}

/** For whoever runs this Reconnect, who is the one who can change where it can be reached. */
function LinksStayHere() {
  return (
    <div className="share-reach">
      <p>
        <strong>Links made here open only on this computer.</strong> Reconnect is set up to be
        reached from this computer alone, so an invitation or new-password link won't open on anyone
        else's phone or computer.
      </p>
      <p>
        To invite someone, give Reconnect an address others can reach: its public address
        (PUBLIC_URL), or an address on your network (HOST). Then make the link.
      </p>
    </div>
  );
}

function MadeLinkPanel({
  made,
  links,
  onDone,
}: {
  made: MadeLink;
  links: ShareLinks | null;
  onDone: () => void;
}) {
  const id = useId();
  const url = fullLink(made.link.url, links);
  const heading = useRef<HTMLHeadingElement>(null);
  // The panel appears above the button pressed: focus goes to it, so a keyboard or screen
  // reader meets the link at once; a second link made replaces the first and is met the same way.
  useLayoutEffect(() => {
    if (made.link.url) heading.current?.focus();
  }, [made.link.url]);
  return (
    <section className="made-link" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        Here is {made.what}
      </h2>
      <p>
        Copy it now and send it to them: we keep only a fingerprint of it and can't show it again.
        It works once, until {writtenDate(made.link.expiresAt)}.
      </p>
      <div className="field">
        <label htmlFor={`${id}-link`}>Link to send</label>
        <input
          id={`${id}-link`}
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
        />
      </div>
      <div className="step-actions">
        <CopyButton text={url} label="Copy link" />
        <button type="button" className="secondary" onClick={onDone}>
          Done
        </button>
      </div>
    </section>
  );
}
