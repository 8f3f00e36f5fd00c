import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from "react";
import { z } from "zod";
import { type CardWords, cardAsMessage } from "../../../core/shares/card-message.js";
import { linkReachesOthers } from "../../../core/shares/link-reach.js";
import {
  CONTACT_SUGGESTIONS,
  ENERGY_WORDS,
  SHARE_CONTACT_MAX_LENGTH,
  SHARE_DEFAULT_DAYS,
  SHARE_ENERGIES,
  SHARE_LABEL_MAX_LENGTH,
  SHARE_MESSAGE_MAX_LENGTH,
  type Share,
  type ShareEnergy,
  type ShareLinks,
} from "../../../core/shares/share.schema.js";
import { ApiRequestError, messageOf } from "../../api/client.js";
import { CrisisCard } from "../../components/crisis/CrisisCard.js";
import { prepareCrisisCheck } from "../../components/crisis/crisis-check.js";
import { useCrisisLanguage } from "../../components/crisis/useCrisisLanguage.js";
import { FormProblem } from "../../components/FormProblem.js";
import { errorsFromServer, type FieldErrors, sentence } from "../../components/field-errors.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { DraftNotice } from "../../drafts/DraftNotice.js";
import { useDraftKey } from "../../drafts/DraftOwner.js";
import { readDraft, removeDraft, writeDraft } from "../../drafts/draft-store.js";
import { CopyButton, ShareButton } from "../circle/CopyShare.js";
import { MadeLink } from "./MadeLink.js";
import { ReachNotice } from "./ReachNotice.js";
import { shareApi } from "./share-api.js";
import { TurnOffLink } from "./TurnOffLink.js";

interface CardDraft {
  energy: ShareEnergy | null;
  contact: string;
  message: string;
  label: string;
  showSteps: boolean;
}

const EMPTY: CardDraft = { energy: null, contact: "", message: "", label: "", showSteps: false };

/** A new card as typed and kept on the device until the link is made. */
const newCardDraftSchema = z.object({
  energy: z.enum(SHARE_ENERGIES).nullable(),
  contact: z.string().max(SHARE_CONTACT_MAX_LENGTH),
  message: z.string().max(SHARE_MESSAGE_MAX_LENGTH),
  // Drafts kept before links had labels have none.
  label: z.string().max(SHARE_LABEL_MAX_LENGTH).default(""),
  showSteps: z.boolean(),
  days: z.number().int().min(1).max(365),
});
type NewCardDraft = z.infer<typeof newCardDraftSchema>;

const ENERGY_LABELS: Record<ShareEnergy, string> = { low: "Low", some: "Some", okay: "Okay" };

/** Lengths a person can pick; 30 days unless they choose otherwise. */
const LIFETIMES = [
  { days: 7, label: "1 week" },
  { days: 14, label: "2 weeks" },
  { days: SHARE_DEFAULT_DAYS, label: "30 days" },
  { days: 90, label: "3 months" },
] as const;

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
  return share.label ? `the link for ${share.label}, made on ${made}` : `the link made on ${made}`;
}

function wordsOf(share: Share): CardWords {
  return { energy: share.energy, contact: share.contact, message: share.message };
}

function readableDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
}

/** Checked here too, so the person hears what is missing without waiting for the server. */
function localErrors(draft: CardDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (draft.energy === null) errors.energy = "Choose how your energy is this week.";
  if (draft.contact.trim() === "") errors.contact = "Choose or write how people can reach you.";
  return errors;
}

interface CardFieldsProps {
  draft: CardDraft;
  errors: FieldErrors;
  onChange: (change: Partial<CardDraft>) => void;
}

/** The choices a card is made of; the same for a new card and for updating one. */
function CardFields({ draft, errors, onChange }: CardFieldsProps) {
  const id = useId();
  const contactId = `${id}-contact`;
  const messageId = `${id}-message`;
  const labelId = `${id}-label`;
  // A message to someone who cares can say more than the person would say aloud.
  const crisis = useCrisisLanguage(draft.message);
  const error = (path: string, label: string) => {
    const message = errors[path];
    return message ? (
      <p id={`${id}-${path}-error`} className="field-error">
        {sentence(label, message)}
      </p>
    ) : null;
  };
  return (
    <>
      <div className="field">
        <label htmlFor={labelId}>Who is it for? (optional)</label>
        <p className="hint" id={`${id}-label-hint`}>
          Only you see this, so you can tell your links apart. For example: "Mum".
        </p>
        {error("label", "Who it is for")}
        <input
          id={labelId}
          type="text"
          maxLength={SHARE_LABEL_MAX_LENGTH}
          value={draft.label}
          aria-invalid={errors.label ? true : undefined}
          aria-describedby={errors.label ? `${id}-label-error` : `${id}-label-hint`}
          onChange={(event) => onChange({ label: event.target.value })}
        />
      </div>

      <fieldset className="share-choice">
        <legend>Your energy this week</legend>
        {error("energy", "Energy")}
        <div className="chips">
          {SHARE_ENERGIES.map((energy) => (
            <label key={energy} className="check">
              <input
                type="radio"
                name={`${id}-energy`}
                value={energy}
                checked={draft.energy === energy}
                onChange={() => onChange({ energy })}
              />
              {ENERGY_LABELS[energy]}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="share-choice">
        <legend>How people can reach you right now</legend>
        <p className="hint" id={`${id}-contact-hint`}>
          Tap one, or write your own.
        </p>
        <div className="chips">
          {CONTACT_SUGGESTIONS.map((suggestion) => (
            <button
              key={suggestion}
              type="button"
              className="secondary"
              aria-pressed={draft.contact === suggestion}
              onClick={() => onChange({ contact: suggestion })}
            >
              {suggestion}
            </button>
          ))}
        </div>
        <div className="field">
          <label htmlFor={contactId}>In your own words</label>
          {error("contact", "This")}
          <input
            id={contactId}
            type="text"
            maxLength={SHARE_CONTACT_MAX_LENGTH}
            value={draft.contact}
            aria-invalid={errors.contact ? true : undefined}
            aria-describedby={errors.contact ? `${id}-contact-error` : `${id}-contact-hint`}
            onChange={(event) => onChange({ contact: event.target.value })}
          />
        </div>
      </fieldset>

      <div className="field">
        <label htmlFor={messageId}>A short message (optional)</label>
        <p className="hint" id={`${id}-message-hint`}>
          For example: "Thanks for being patient with me."
        </p>
        {error("message", "The message")}
        <textarea
          id={messageId}
          rows={3}
          maxLength={SHARE_MESSAGE_MAX_LENGTH}
          value={draft.message}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={`${id}-message-hint`}
          onChange={(event) => onChange({ message: event.target.value })}
          // Fetch the crisis check as soon as the person starts on a message.
          onFocus={prepareCrisisCheck}
        />
      </div>
      {/* Always present, so a screen reader is already listening when the card appears. */}
      <div aria-live="polite">{crisis.show ? <CrisisCard onClose={crisis.dismiss} /> : null}</div>

      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={draft.showSteps}
            aria-describedby={`${id}-steps-hint`}
            onChange={(event) => onChange({ showSteps: event.target.checked })}
          />
          Show how many days this week I reached out to someone
        </label>
        <p className="hint" id={`${id}-steps-hint`}>
          Only the number. Never your check-ins, notes or thoughts.
        </p>
      </div>
    </>
  );
}

type Loaded = { state: "loading" } | { state: "failed"; message: string } | { state: "ready" };

/**
 * Share cards: a link for someone who cares, showing only what the person picks here. The link is
 * shown once, right after it is made, because only a fingerprint of it is kept.
 */
export function ShareScreen() {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const [shares, setShares] = useState<Share[]>([]);
  const [links, setLinks] = useState<ShareLinks | null>(null);
  const key = useDraftKey("share", "new");
  // Read once: a card begun before (and left for help, or a reload) starts where it was.
  const [kept] = useState(() => (key === null ? undefined : readDraft(key, newCardDraftSchema)));
  const [restored, setRestored] = useState(kept !== undefined);
  const [draft, setDraft] = useState<CardDraft>(() => {
    if (!kept) return EMPTY;
    const { days: _days, ...card } = kept;
    return card;
  });
  const [days, setDays] = useState<number>(kept?.days ?? SHARE_DEFAULT_DAYS);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<{ url: string; words: CardWords } | null>(null);
  const [status, setStatus] = useState("");
  const madeHeading = useRef<HTMLHeadingElement>(null);
  const activeHeading = useRef<HTMLHeadingElement>(null);
  // Until the server has said, assume the link reaches others: the notice is for a known "no".
  const reachesOthers = links === null || linkReachesOthers(links, window.location.hostname);

  const load = useCallback(async () => {
    setLoaded({ state: "loading" });
    try {
      const answer = await shareApi.list();
      setShares(answer.shares);
      setLinks(answer.links);
      setLoaded({ state: "ready" });
    } catch (error) {
      setLoaded({ state: "failed", message: messageOf(error) });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (made) madeHeading.current?.focus();
  }, [made]);

  /** Kept on the device as it is typed, so leaving for help or a reload loses nothing. */
  function keep(card: CardDraft, lifetime: number) {
    if (key === null) return;
    const stored: NewCardDraft = { ...card, days: lifetime };
    writeDraft(key, stored);
  }

  function discardDraft() {
    if (key !== null) removeDraft(key);
    setDraft(EMPTY);
    setDays(SHARE_DEFAULT_DAYS);
    setErrors({});
    setRestored(false);
  }

  async function create(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setProblem("");
    const found = localErrors(draft);
    setErrors(found);
    if (draft.energy === null || Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const created = await shareApi.create({
        energy: draft.energy,
        contact: draft.contact.trim(),
        ...(draft.message.trim() ? { message: draft.message.trim() } : {}),
        ...(draft.label.trim() ? { label: draft.label.trim() } : {}),
        showSteps: draft.showSteps,
        expiresInDays: days,
      });
      const { url, ...share } = created;
      // A path is completed with the address in the browser; PUBLIC_URL comes whole.
      setMade({ url: new URL(url, window.location.origin).toString(), words: wordsOf(share) });
      setShares((list) => [share, ...list]);
      if (key !== null) removeDraft(key);
      setRestored(false);
      setDraft(EMPTY);
      setDays(SHARE_DEFAULT_DAYS);
      setStatus("");
    } catch (error) {
      if (error instanceof ApiRequestError && Object.keys(error.fields).length > 0) {
        setErrors(errorsFromServer(error.fields));
      }
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  const active = shares.filter((share) => share.active);
  return (
    <div className="screen">
      <ScreenHeading title="Share how you're doing">Share how you're doing</ScreenHeading>
      <p>
        Make a link for someone who cares about you. They see only what you choose here, and you can
        change it or turn it off at any time.
      </p>

      {loaded.state === "ready" && !reachesOthers ? <ReachNotice /> : null}

      {made ? (
        <MadeLink
          url={made.url}
          words={made.words}
          reachesOthers={reachesOthers}
          headingRef={madeHeading}
          onDone={() => setMade(null)}
        />
      ) : null}

      <form className="stack" noValidate onSubmit={create} aria-labelledby="new-heading">
        <h2 id="new-heading">Make a new link</h2>
        {restored ? (
          <DraftNotice
            detail="The link isn't made yet: press Make the link when you're ready."
            onDiscard={discardDraft}
          />
        ) : null}
        <CardFields
          draft={draft}
          errors={errors}
          onChange={(change) => {
            const next = { ...draft, ...change };
            setDraft(next);
            keep(next, days);
          }}
        />
        <div className="field">
          <label htmlFor="share-days">The link works for</label>
          <select
            id="share-days"
            value={days}
            onChange={(event) => {
              const lifetime = Number(event.target.value);
              setDays(lifetime);
              keep(draft, lifetime);
            }}
          >
            {LIFETIMES.map((lifetime) => (
              <option key={lifetime.days} value={lifetime.days}>
                {lifetime.label}
              </option>
            ))}
          </select>
        </div>
        <FormProblem message={problem} />
        <button type="submit" className="primary">
          {busy ? "Making the link…" : "Make the link"}
        </button>
      </form>

      <p role="status" className="status">
        {status}
      </p>

      <section aria-labelledby="active-heading">
        <h2 id="active-heading" ref={activeHeading} tabIndex={-1}>
          Your active links
        </h2>
        {loaded.state === "loading" ? <p>Getting your links…</p> : null}
        {loaded.state === "failed" ? (
          <div role="alert" className="form-error">
            <p>{loaded.message}</p>
            <button type="button" className="secondary" onClick={() => void load()}>
              Try again
            </button>
          </div>
        ) : null}
        {loaded.state === "ready" && active.length === 0 ? <p>No active links right now.</p> : null}
        <ul className="share-list">
          {active.map((share) => (
            <ShareItem
              key={share.id}
              share={share}
              onChanged={(next) =>
                setShares((list) => list.map((s) => (s.id === next.id ? next : s)))
              }
              onStatus={setStatus}
              onTurnedOff={() => activeHeading.current?.focus()}
            />
          ))}
        </ul>
      </section>
    </div>
  );
}

interface ShareItemProps {
  share: Share;
  onChanged: (share: Share) => void;
  onStatus: (status: string) => void;
  /** The item is about to leave the list: focus needs somewhere to go. */
  onTurnedOff: () => void;
}

function ShareItem({ share, onChanged, onStatus, onTurnedOff }: ShareItemProps) {
  const [editing, setEditing] = useState<CardDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const made = readableDate(share.createdAt);
  const name = linkName(share);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!editing || busy) return;
    setProblem("");
    const found = localErrors(editing);
    setErrors(found);
    if (editing.energy === null || Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const saved = await shareApi.update(share.id, {
        energy: editing.energy,
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
      }
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  async function revoke() {
    if (busy) return;
    setProblem("");
    setBusy(true);
    try {
      await shareApi.revoke(share.id);
      onTurnedOff();
      onChanged({ ...share, active: false, revokedAt: new Date().toISOString() });
      onStatus("Link turned off. Anyone who opens it now sees that it is no longer active.");
    } catch (error) {
      setProblem(messageOf(error));
      setBusy(false);
    }
  }

  return (
    <li className="share-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {share.label ? (
          <>
            For {share.label} <span className="hint">· made on {made}</span>
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
