import { type FormEvent, useId, useState } from "react";
import { cardAsMessage } from "../../../core/shares/card-message.js";
import { ENERGY_WORDS, type Share } from "../../../core/shares/share.schema.js";
import { isolated } from "../../../core/text/isolated.js";
import { ApiRequestError, messageOf } from "../../api/client.js";
import { FormProblem } from "../../components/FormProblem.js";
import { errorsFromServer, type FieldErrors } from "../../components/field-errors.js";
import { useOneAtATime } from "../../components/useOneAtATime.js";
import { CopyButton, ShareButton } from "../circle/CopyShare.js";
import { CardFields } from "./CardFields.js";
import { type CardDraft, localErrors, wordsOf } from "./card-draft.js";
import { shareApi } from "./share-api.js";
import { TurnOffLink } from "./TurnOffLink.js";

function draftOf(share: Share): CardDraft {
  return {
    energy: share.energy,
    contact: share.contact,
    message: share.message ?? "",
    label: share.label ?? "",
    showSteps: share.showSteps,
  };
}

/** How a link is named to the person: by whom it is for, when they said, and when it was made. */
function linkName(share: Share): string {
  const made = readableDate(share.createdAt);
  return share.label
    ? `the link for ${isolated(share.label)}, made on ${made}`
    : `the link made on ${made}`;
}

function readableDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
}

interface ShareItemProps {
  share: Share;
  onChanged: (share: Share) => void;
  onStatus: (status: string) => void;
  /** The item is about to leave the list: focus needs somewhere to go. */
  onTurnedOff: () => void;
}

/**
 * One link in the list: what its card shows, the card itself to copy or send again, changing
 * what it shows, and turning it off.
 */
export function ShareItem({ share, onChanged, onStatus, onTurnedOff }: ShareItemProps) {
  const [editing, setEditing] = useState<CardDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refused, setRefused] = useState(0);
  const [problem, setProblem] = useState("");
  // One change at a time: a second tap on a slow connection sends nothing more.
  const working = useOneAtATime();
  const busy = working.busy;
  const headingId = useId();
  const made = readableDate(share.createdAt);
  const name = linkName(share);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!editing || working.running()) return;
    setProblem("");
    const found = localErrors(editing);
    setErrors(found);
    if (editing.energy === null || Object.keys(found).length > 0) {
      setRefused((times) => times + 1);
      return;
    }
    const { energy } = editing;
    await working.run(async () => {
      try {
        const saved = await shareApi.update(share.id, {
          energy,
          contact: editing.contact.trim(),
          message: editing.message.trim(),
          label: editing.label.trim(),
          showSteps: editing.showSteps,
        });
        onChanged(saved);
        setEditing(null);
        onStatus("Link updated. It shows your changes now.");
      } catch (error) {
        if (error instanceof ApiRequestError && Object.keys(error.fields).length > 0) {
          setErrors(errorsFromServer(error.fields));
          setRefused((times) => times + 1);
        }
        setProblem(messageOf(error));
      }
    });
  }

  async function revoke() {
    if (working.running()) return;
    setProblem("");
    // Turned off, the card stays busy: it is about to show as no longer active.
    await working.run(
      async () => {
        try {
          await shareApi.revoke(share.id);
          onTurnedOff();
          onChanged({ ...share, active: false, revokedAt: new Date().toISOString() });
          onStatus("Link turned off. Anyone who opens it now sees that it is no longer active.");
          return true;
        } catch (error) {
          setProblem(messageOf(error));
          return false;
        }
      },
      (turnedOff) => turnedOff,
    );
  }

  return (
    <li className="share-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {share.label ? (
          <>
            {/* The label is the person's words, isolated as in linkName: a label ending in a
                right-to-left override drew "· made on" and the date after it backwards. */}
            For <bdi>{share.label}</bdi> <span className="hint">· made on {made}</span>
          </>
        ) : (
          <>Link made on {made}</>
        )}
      </h3>
      {editing ? (
        <form className="stack" noValidate onSubmit={save}>
          <CardFields
            draft={editing}
            errors={errors}
            refused={refused}
            onChange={(change) => setEditing((d) => (d ? { ...d, ...change } : d))}
          />
          <FormProblem message={problem} />
          <div className="step-actions">
            <button type="button" className="secondary" onClick={() => setEditing(null)}>
              Cancel
            </button>
            <button type="submit" className="primary">
              {busy ? "Saving…" : "Save changes"}
            </button>
          </div>
        </form>
      ) : (
        <>
          <dl className="share-summary">
            <dt>Energy</dt>
            <dd>{ENERGY_WORDS[share.energy]}</dd>
            <dt>How to reach you</dt>
            <dd>{share.contact}</dd>
            {share.message ? (
              <>
                <dt>Message</dt>
                <dd>{share.message}</dd>
              </>
            ) : null}
            <dt>Small steps</dt>
            <dd>{share.showSteps ? "Shown" : "Not shown"}</dd>
            <dt>Works until</dt>
            <dd>{readableDate(share.expiresAt)}</dd>
          </dl>
          <div className="step-actions">
            <CopyButton text={cardAsMessage(wordsOf(share))} label="Copy as a message" />
            <ShareButton text={cardAsMessage(wordsOf(share))} label="Share the words" />
          </div>
          <FormProblem message={problem} />
          <div className="step-actions">
            <button
              type="button"
              className="secondary"
              aria-label={`Update ${name}`}
              onClick={() => {
                setErrors({});
                setEditing(draftOf(share));
              }}
            >
              Update
            </button>
            <TurnOffLink name={name} busy={busy} onConfirm={() => void revoke()} />
          </div>
        </>
      )}
    </li>
  );
}
