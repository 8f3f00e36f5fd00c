import { type FormEvent, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { z } from "zod";
import type { CardWords } from "../../../core/shares/card-message.js";
import { linkReachesOthers } from "../../../core/shares/link-reach.js";
import { isLoopbackHost } from "../../../core/shares/loopback.js";
import {
  SHARE_CONTACT_MAX_LENGTH,
  SHARE_DEFAULT_DAYS,
  SHARE_ENERGIES,
  SHARE_LABEL_MAX_LENGTH,
  SHARE_MESSAGE_MAX_LENGTH,
  type Share,
  type ShareLinks,
} from "../../../core/shares/share.schema.js";
import { ApiRequestError, messageOf } from "../../api/client.js";
import { FormProblem } from "../../components/FormProblem.js";
import { errorsFromServer, type FieldErrors } from "../../components/field-errors.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { useOneAtATime } from "../../components/useOneAtATime.js";
import { DraftNotice } from "../../drafts/DraftNotice.js";
import { readDraft, removeDraft, writeDraft } from "../../drafts/draft-store.js";
import { useNewDraft } from "../../drafts/useNewDraft.js";
import { CardFields } from "./CardFields.js";
import { type CardDraft, localErrors, wordsOf } from "./card-draft.js";
import { MadeLink } from "./MadeLink.js";
import { ReachNotice } from "./ReachNotice.js";
import { ShareItem } from "./ShareItem.js";
import { shareApi } from "./share-api.js";

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

/** The screen name a new card's draft is kept under. */
const SHARE_DRAFT = "share";

/** True when a kept card says anything the empty form does not. */
function holdsWords(card: NewCardDraft): boolean {
  const { days, ...fields } = card;
  return (
    days !== SHARE_DEFAULT_DAYS ||
    (Object.keys(EMPTY) as (keyof CardDraft)[]).some((field) => fields[field] !== EMPTY[field])
  );
}

/** The new card kept under `key`, if it holds any words. */
function readNewCard(key: string): NewCardDraft | undefined {
  const kept = readDraft(key, newCardDraftSchema);
  return kept !== undefined && holdsWords(kept) ? kept : undefined;
}

/** Lengths a person can pick; 30 days unless they choose otherwise. */
const LIFETIMES = [
  { days: 7, label: "1 week" },
  { days: 14, label: "2 weeks" },
  { days: SHARE_DEFAULT_DAYS, label: "30 days" },
  { days: 90, label: "3 months" },
] as const;

type Loaded = { state: "loading" } | { state: "failed"; message: string } | { state: "ready" };

/**
 * Share cards: a link for someone who cares, showing only what the person picks here. The link is
 * shown once, right after it is made, because only a fingerprint of it is kept.
 */
export function ShareScreen() {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const [shares, setShares] = useState<Share[]>([]);
  const [links, setLinks] = useState<ShareLinks | null>(null);
  // This tab's own card (see new-draft.ts): a card begun before (and left for help, or a reload)
  // starts where it was, and so does one a closed tab left; one another open tab is writing is
  // left to it, so two tabs never write over each other's words.
  const chosen = useNewDraft(SHARE_DRAFT, readNewCard);
  const key = chosen?.key ?? null;
  const [restored, setRestored] = useState(false);
  const [draft, setDraft] = useState<CardDraft>(EMPTY);
  const [days, setDays] = useState<number>(SHARE_DEFAULT_DAYS);
  // The form, and all below it, waits until the words it goes on with are laid in it: drawn empty
  // first, it was pushed down by the draft's notice a frame later, under the person's eyes. Laid
  // in before the browser paints (a layout effect), so the form is first drawn as it will stay.
  const [opened, setOpened] = useState(false);
  useLayoutEffect(() => {
    if (chosen === null) return;
    const kept = chosen.kept;
    if (kept !== undefined) {
      const { days: lifetime, ...card } = kept;
      setDraft(card);
      setDays(lifetime);
      setRestored(true);
    }
    setOpened(true);
  }, [chosen]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refused, setRefused] = useState(0);
  const [problem, setProblem] = useState("");
  // A second tap on a slow connection would make a second live link.
  const making = useOneAtATime();
  // The id says which card the panel shows, so turning that card off can close it.
  const [made, setMade] = useState<{ id: string; url: string; words: CardWords } | null>(null);
  const [status, setStatus] = useState("");
  const madeHeading = useRef<HTMLHeadingElement>(null);
  const activeHeading = useRef<HTMLHeadingElement>(null);
  // Until the server has said, assume the link reaches others: the notice is for a known "no".
  const reachesOthers = links === null || linkReachesOthers(links, window.location.hostname);
  // Opened by a loopback name, the notice is most likely said once the server answers, and that
  // answer comes after the form is drawn: its room is held meanwhile, or the form below is pushed
  // down by all of it (0.24 of a phone's screen, the worst shift measured on any screen).
  const holdReachRoom = loaded.state === "loading" && isLoopbackHost(window.location.hostname);

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

  useLayoutEffect(() => {
    if (made) madeHeading.current?.focus();
  }, [made]);

  /** Kept on the device as it is typed, so leaving for help or a reload loses nothing. */
  function keep(card: CardDraft, lifetime: number) {
    if (key === null) return;
    const stored: NewCardDraft = { ...card, days: lifetime };
    // A card typed back to empty leaves nothing to keep, offer again or warn of at sign-out.
    if (holdsWords(stored)) writeDraft(key, stored);
    else removeDraft(key);
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
    if (making.running()) return;
    setProblem("");
    const found = localErrors(draft);
    setErrors(found);
    if (draft.energy === null || Object.keys(found).length > 0) {
      setRefused((times) => times + 1);
      return;
    }
    const energy = draft.energy;
    await making.run(async () => {
      try {
        const created = await shareApi.create({
          energy,
          contact: draft.contact.trim(),
          ...(draft.message.trim() ? { message: draft.message.trim() } : {}),
          ...(draft.label.trim() ? { label: draft.label.trim() } : {}),
          showSteps: draft.showSteps,
          expiresInDays: days,
        });
        const { url, ...share } = created;
        // A path is completed with the address in the browser; PUBLIC_URL comes whole.
        setMade({
          id: share.id,
          url: new URL(url, window.location.origin).toString(),
          words: wordsOf(share),
        });
        setShares((list) => [share, ...list]);
        if (key !== null) removeDraft(key);
        setRestored(false);
        setDraft(EMPTY);
        setDays(SHARE_DEFAULT_DAYS);
        setStatus("");
      } catch (error) {
        if (error instanceof ApiRequestError && Object.keys(error.fields).length > 0) {
          setErrors(errorsFromServer(error.fields));
          setRefused((times) => times + 1);
        }
        setProblem(messageOf(error));
      }
    });
  }

  const active = shares.filter((share) => share.active);
  return (
    <div className="screen">
      <ScreenHeading title="Share how you're doing">Share how you're doing</ScreenHeading>
      <p>
        Make a link for someone who cares about you. They see only what you choose here, and you can
        change it or turn it off at any time.
      </p>

      {loaded.state === "ready" && !reachesOthers ? (
        <ReachNotice />
      ) : holdReachRoom ? (
        <ReachNotice held />
      ) : null}

      {made ? (
        <MadeLink
          url={made.url}
          words={made.words}
          reachesOthers={reachesOthers}
          headingRef={madeHeading}
          onDone={() => setMade(null)}
        />
      ) : null}

      {/* Not drawn for the moment it takes to choose this tab's draft: nothing is typed into a form
          about to be filled with the words it goes on with, and nothing drawn is moved by them. */}
      {opened ? (
        <>
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
              refused={refused}
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
              {making.busy ? "Making the link…" : "Make the link"}
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
            {loaded.state === "ready" && active.length === 0 ? (
              <p>No active links right now.</p>
            ) : null}
            <ul className="share-list">
              {active.map((share) => (
                <ShareItem
                  key={share.id}
                  share={share}
                  onChanged={(next) =>
                    setShares((list) => list.map((s) => (s.id === next.id ? next : s)))
                  }
                  onStatus={setStatus}
                  onTurnedOff={() => {
                    // A dead link's words must not stay on offer in the panel above.
                    setMade((shown) => (shown?.id === share.id ? null : shown));
                    activeHeading.current?.focus();
                  }}
                />
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </div>
  );
}
