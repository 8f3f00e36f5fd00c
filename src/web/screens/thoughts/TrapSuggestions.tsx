import { useEffect, useRef, useState } from "react";
import type { TrapSuggestion } from "../../../core/traps/detect-traps.js";
import { type TrapId, trapIds } from "../../../core/traps/trap-ids.js";
import { trapInfo } from "../../../core/traps/trap-info.js";
import { useFocusAfterRender } from "../../components/useFocusAfterRender.js";
import { highlightSegments } from "./highlight.js";
import { Superseded } from "./latest-only.js";
import { prepareTrapCheck, trapsIn } from "./trap-check.js";

const HINT_ID = "trap-suggestions-hint";
const cardHeadingId = (id: TrapId) => `trap-suggestion-${id}`;

/** How long typing must pause before the thought is looked at again. */
const PAUSE_MS = 300;

/** The longest the detector waits for the browser to be idle once the record is open. */
const PREPARE_WITHIN_MS = 2000;

/**
 * Starts loading the detector once the record is drawn and the browser is idle, so its file and
 * model are not fetched in the same moments as the screen's own; answers a cancel.
 */
function prepareWhenIdle(): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(prepareTrapCheck, { timeout: PREPARE_WITHIN_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(prepareTrapCheck, PREPARE_WITHIN_MS / 4);
  return () => clearTimeout(handle);
}

/**
 * The detector's suggestions for the thought, worked out in the browser with no request, once
 * typing pauses; the pause keeps the list still while the person is mid-word. The detector runs
 * in a worker: an answer for a thought since changed is dropped, and a thought changed while it
 * waited for the detector is never looked at.
 */
export interface CheckedThought {
  traps: TrapSuggestion[];
  /** The thought these suggestions were worked out for; until it is the one shown, the check runs. */
  checked: string;
  /**
   * True from when typing paused and the detector was asked until its answer for the thought
   * as it now reads is in; typing again meanwhile leaves it true, as another look follows.
   */
  looking?: boolean;
}

export function useTrapSuggestions(thought: string): CheckedThought {
  const [result, setResult] = useState<CheckedThought>({ traps: [], checked: "" });
  const [looking, setLooking] = useState(false);
  // Loaded while the person is on the record's first step or begins the thought, not after
  // their first pause: otherwise the first suggestion waits on all of its loading.
  useEffect(prepareWhenIdle, []);
  useEffect(() => {
    if (thought.trim() !== "") prepareTrapCheck();
    let live = true;
    // Aborted when the thought changes: a look still waiting for the detector is then dropped.
    const movedOn = new AbortController();
    const timer = setTimeout(() => {
      if (thought.trim() === "") {
        setResult({ traps: [], checked: thought });
        setLooking(false);
        return;
      }
      setLooking(true);
      trapsIn(thought, movedOn.signal).then(
        (found) => {
          if (!live) return;
          setResult({ traps: found, checked: thought });
          setLooking(false);
        },
        // No suggestions is what a failed detector means: the person can still pick any trap.
        // A look dropped for a newer one is no answer at all: the newer look brings it.
        (error: unknown) => {
          if (!live || error instanceof Superseded) return;
          setResult({ traps: [], checked: thought });
          setLooking(false);
        },
      );
    }, PAUSE_MS);
    return () => {
      live = false;
      movedOn.abort();
      clearTimeout(timer);
    };
  }, [thought]);
  return { ...result, looking };
}

/**
 * From this length a look is said while it runs: a long thought takes the detector long enough
 * on a slow or busy phone (and the first look loads the model) that the cards would otherwise
 * come with no sign anything was happening. A short one answers before a status could be read.
 */
const LONG_THOUGHT = 1000;

const LOOKING_WORDS = "Looking for thinking traps…";

/**
 * How long a look runs before it is said: a quicker answer would only flash the words, and a
 * screen reader would be told of a look already over. Said only from then, so a look too quick
 * to show never uses up the one time it is read out.
 */
const SAY_LOOKING_AFTER_MS = 250;

/**
 * How sure a suggestion is, in plain words. The detector's confidence is a calibrated
 * probability; "likely" is said only from 0.7, and nothing is ever called certain: the person
 * is the one who knows whether a trap fits.
 */
export function certaintyWords(confidence: number): { word: string; sentence: string } {
  return confidence >= 0.7
    ? { word: "Likely", sentence: "This seems likely to fit, but only you can say." }
    : { word: "Maybe", sentence: "This may fit, or may not. Only you can say." };
}

const BOTH = new Intl.ListFormat("en", { type: "conjunction" });

/**
 * What was noticed, named, with how sure each is: this is what a screen reader hears as the
 * person types, and a count alone ("2 possible traps") sent them hunting through the cards to
 * learn which.
 */
export function noticed(shown: readonly TrapSuggestion[]): string {
  const named = BOTH.format(
    shown.map((s) => `${trapInfo[s.id].name} (${certaintyWords(s.confidence).word.toLowerCase()})`),
  );
  return shown.length === 1
    ? `We noticed one possible trap: ${named}. It's only a suggestion: keep it if it fits.`
    : `We noticed ${shown.length} possible traps: ${named}. These are only suggestions: keep the ones that fit.`;
}

interface TrapSuggestionsProps {
  thought: string;
  suggestions: CheckedThought;
  kept: readonly TrapId[];
  onKeptChange: (kept: TrapId[]) => void;
  /** Suggestions the person removed, saved with the record so they stay removed. */
  setAside: readonly TrapId[];
  /** Removes a suggestion, and un-keeps it if it was kept. */
  onSetAside: (id: TrapId) => void;
  /** "None of these fit": removes every suggestion shown, saved with the record like one removal. */
  onSetAsideAll: (ids: TrapId[]) => void;
}

/**
 * Suggested traps, each with how sure it is in plain words and the words that show it; the
 * person keeps or removes each one, or says with one tap that none of them fit.
 */
export function TrapSuggestions({
  thought,
  suggestions,
  kept,
  onKeptChange,
  setAside,
  onSetAside,
  onSetAsideAll,
}: TrapSuggestionsProps) {
  // The last answer stays on screen while the next is worked out, so cards do not flicker; but
  // "we didn't spot one" is said only of the thought as it now reads.
  const checking = suggestions.checked !== thought;
  // "None of these fit" sets aside the suggestions shown at that moment, kept with the record so
  // they stay away when it is opened again; a trap suggested later, as the thought changes, shows.
  const hint = useRef<HTMLParagraphElement>(null);
  const shown = suggestions.traps.filter((s) => !setAside.includes(s.id));
  const wavedOff = suggestions.traps.some((s) => setAside.includes(s.id));
  const focusAfterRender = useFocusAfterRender();
  const lookingNow =
    suggestions.looking === true && checking && thought.trim().length >= LONG_THOUGHT;
  const [lookedLong, setLookedLong] = useState(false);
  useEffect(() => {
    if (!lookingNow) {
      setLookedLong(false);
      return;
    }
    const timer = setTimeout(() => setLookedLong(true), SAY_LOOKING_AFTER_MS);
    return () => clearTimeout(timer);
  }, [lookingNow]);
  const sayLooking = lookingNow && lookedLong;
  // Said to a screen reader the first time only: after that the person knows a long thought is
  // looked at after each pause, and hearing it at every pause in their writing is noise. It is
  // still shown each time.
  const spoken = useRef<"not yet" | "now" | "done">("not yet");
  if (sayLooking && spoken.current === "not yet") spoken.current = "now";
  if (!sayLooking && spoken.current === "now") spoken.current = "done";

  function keep(id: TrapId, yes: boolean) {
    onKeptChange(yes ? [...kept.filter((k) => k !== id), id] : kept.filter((k) => k !== id));
  }

  function noneOfThese() {
    onSetAsideAll(shown.map((s) => s.id));
    // The button goes away with the cards: keep the keyboard's place on the message.
    hint.current?.focus();
  }

  function remove(id: TrapId) {
    const at = shown.findIndex((s) => s.id === id);
    const next = shown[at + 1] ?? shown[at - 1];
    onSetAside(id);
    // The card and its button go: the keyboard moves on to the next card, or to the message
    // that says what is left when it was the last.
    focusAfterRender(next === undefined ? HINT_ID : cardHeadingId(next.id), HINT_ID);
  }

  return (
    <section className="trap-suggestions" aria-labelledby="trap-suggestions-heading">
      <h3 id="trap-suggestions-heading">Thinking traps this thought might fit</h3>
      {/* Always present, so a screen reader hears how many were found as the person types. */}
      <p id={HINT_ID} className="hint" aria-live="polite" ref={hint} tabIndex={-1}>
        {thought.trim() === ""
          ? "As you write, we'll point out any thinking traps we notice."
          : shown.length > 0
            ? noticed(shown)
            : wavedOff
              ? "Got it: none of those fit. You can still pick one below if it does."
              : checking
                ? "As you write, we'll point out any thinking traps we notice."
                : "We didn't spot a thinking trap. You can still pick one below if it fits."}
      </p>
      {/*
        Always present and as high as its words, said or not, so nothing below moves when they
        show: an unseen, unheard copy of them holds the room, as many lines as they wrap to at
        the person's text size and screen width.
      */}
      <div className="trap-looking-line">
        <span className="trap-looking-room" aria-hidden="true">
          {LOOKING_WORDS}
        </span>
        <p className="trap-looking" role="status">
          {sayLooking ? (
            <span
              className="trap-looking-words"
              aria-hidden={spoken.current === "done" ? true : undefined}
            >
              {LOOKING_WORDS}
            </span>
          ) : null}
        </p>
      </div>
      {shown.length > 0 ? (
        <button type="button" className="link-button" onClick={noneOfThese}>
          None of these fit
        </button>
      ) : null}
      <ul className="trap-cards">
        {shown.map((suggestion) => {
          const info = trapInfo[suggestion.id];
          const isKept = kept.includes(suggestion.id);
          const sure = certaintyWords(suggestion.confidence);
          return (
            <li key={suggestion.id} className="trap-card">
              <h4 id={cardHeadingId(suggestion.id)} tabIndex={-1}>
                {info.name}
              </h4>
              <p className="trap-certainty">
                <strong>{sure.word}.</strong> {sure.sentence}
              </p>
              <p className="trap-words">
                {highlightSegments(thought, suggestion.spans, suggestion.sentences).map(
                  (segment) =>
                    segment.marked ? (
                      <mark key={segment.at}>
                        <span className="visually-hidden">Words that suggest {info.name}: </span>
                        {segment.text}
                      </mark>
                    ) : (
                      <span key={segment.at}>{segment.text}</span>
                    ),
                )}
              </p>
              <p>{info.explanation[0]}</p>
              <p>{info.explanation[1]}</p>
              <ul className="trap-questions">
                {info.questions.map((question) => (
                  <li key={question}>{question}</li>
                ))}
              </ul>
              <div className="trap-actions">
                <button
                  type="button"
                  className="secondary"
                  aria-pressed={isKept}
                  onClick={() => keep(suggestion.id, !isKept)}
                >
                  {/* The name stays the same; aria-pressed says whether it is kept. */}
                  {isKept ? <span aria-hidden="true">✓ </span> : null}
                  Keep<span className="visually-hidden"> {info.name}</span>
                </button>
                <button type="button" className="link-button" onClick={() => remove(suggestion.id)}>
                  Remove<span className="visually-hidden"> {info.name}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** All fourteen traps, always offered, so the person can add any of them by hand. */
export function AllTraps({
  kept,
  onKeptChange,
}: {
  kept: readonly TrapId[];
  onKeptChange: (kept: TrapId[]) => void;
}) {
  return (
    <fieldset className="all-traps">
      <legend>Your thinking traps</legend>
      <p className="hint">Tick any that fit this thought, including ones we didn't suggest.</p>
      <div className="all-traps-list">
        {trapIds.map((id) => (
          <label key={id} className="check">
            <input
              type="checkbox"
              checked={kept.includes(id)}
              onChange={(event) =>
                onKeptChange(event.target.checked ? [...kept, id] : kept.filter((k) => k !== id))
              }
            />
            {trapInfo[id].name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
