import { type FormEvent, useCallback, useContext, useEffect, useState } from "react";
import {
  SEARCH_MAX_LENGTH,
  type ThoughtRecordList,
} from "../../../core/thoughts/thought.schema.js";
import { trapInfo } from "../../../core/traps/trap-info.js";
import { messageOf } from "../../api/client.js";
import { Link } from "../../components/Link.js";
import { describedBy, useLengthLimit } from "../../components/length-limit.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { DraftOwner } from "../../drafts/DraftOwner.js";
import { forgetDraftsOfDeleted } from "../../drafts/forget-deleted.js";
import { newDraftsOnDevice, untakenNewDrafts } from "../../drafts/new-draft.js";
import { preview, searchWords, unsavedQuote } from "./list-words.js";
import {
  NEXT_STEP_DRAFT,
  newRecordDraft,
  type RecordDraft,
  THOUGHT_DRAFT,
} from "./record-draft.js";
import { thoughtsApi } from "./thoughts-api.js";

type Loaded =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "ready"; list: ThoughtRecordList; query: string };

function dateOf(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
  });
}

/** Past thought records, searchable, with the traps that come up most often. */
export function ThoughtListScreen() {
  const [typed, setTyped] = useState("");
  const searchLength = useLengthLimit({
    id: "thought-search",
    value: typed,
    max: SEARCH_MAX_LENGTH,
    holder: "a search",
  });
  const [query, setQuery] = useState("");
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const unsaved = useUnsavedNewRecord();
  const owner = useContext(DraftOwner);

  const load = useCallback(() => {
    let current = true;
    setLoaded({ state: "loading" });
    thoughtsApi.list(query).then(
      (list) => {
        if (!current) return;
        setLoaded({ state: "ready", list, query });
        // Unsearched, this is every record: a draft kept for one deleted on another device is
        // one nothing here opens again, and signing out would still warn of it.
        if (query === "" && owner !== null) {
          // New records' drafts belong to no saved record: forgetDraftsOfDeleted keeps them.
          const existing = list.thoughts.map((record) => record.id);
          void forgetDraftsOfDeleted(owner, [THOUGHT_DRAFT, NEXT_STEP_DRAFT], existing);
        }
      },
      (error: unknown) => {
        if (current) setLoaded({ state: "failed", message: messageOf(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [query, owner]);
  useEffect(() => load(), [load]);

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setQuery(typed.trim());
  }

  const ready = loaded.state === "ready" ? loaded : null;
  const top = ready?.list.trapCounts.slice(0, 5) ?? [];
  return (
    <div className="screen">
      <ScreenHeading title="Thoughts">Your thoughts</ScreenHeading>
      <p>
        When a thought feels heavy, writing it down and looking at it step by step can loosen its
        grip.
      </p>
      <p>
        <Link className="button-link" href="/thoughts/new">
          Write down a thought
        </Link>
      </p>

      {unsaved ? (
        <section aria-labelledby="unsaved-heading" className="unsaved-record">
          <h2 id="unsaved-heading">Started, not saved yet</h2>
          <p>
            {unsaved.thought.trim() !== ""
              ? unsavedQuote(unsaved.thought)
              : "A thought record you began writing."}{" "}
            It's kept on this device until you save it.
          </p>
          <p>
            <Link href="/thoughts/new">Go on with it</Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="past-heading">
        <h2 id="past-heading">Past thought records</h2>
        <search>
          <form className="search-form field" onSubmit={search}>
            <label htmlFor="thought-search">Search your thoughts</label>
            <div className="search-row">
              <input
                id="thought-search"
                type="search"
                {...searchLength.box}
                value={typed}
                aria-describedby={describedBy(...searchLength.describedBy)}
                onChange={(event) => setTyped(event.target.value)}
              />
              <button type="submit" className="secondary">
                Search
              </button>
            </div>
            {searchLength.note}
          </form>
        </search>

        {loaded.state === "loading" ? <p>Getting your thoughts…</p> : null}
        {loaded.state === "failed" ? (
          <div role="alert" className="form-error">
            <p>{loaded.message}</p>
            <button type="button" className="secondary" onClick={() => load()}>
              Try again
            </button>
          </div>
        ) : null}
        {/* Always present, so a screen reader hears how a search turned out. */}
        <p role="status" className="hint">
          {ready && ready.query !== "" ? searchWords(ready.list.thoughts.length, ready.query) : ""}
        </p>
        {/* With the records, below everything drawn before they came: above the past records'
            heading it pushed them and the search down as it arrived, a shift on a phone. */}
        {top.length > 0 ? (
          <section aria-labelledby="common-traps-heading">
            <h3 id="common-traps-heading">Traps that come up most for you</h3>
            <ul className="trap-counts">
              {top.map(({ id, count }) => (
                <li key={id}>
                  {trapInfo[id].name}: {count === 1 ? "once" : `${count} times`}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {ready && ready.query === "" && ready.list.thoughts.length === 0 ? (
          <p>No thought records yet. Whenever you're ready, they'll show up here.</p>
        ) : null}
        {ready && ready.list.thoughts.length > 0 ? (
          <ul className="thought-list">
            {ready.list.thoughts.map((record) => (
              <li key={record.id}>
                <Link className="thought-link" href={`/thoughts/${encodeURIComponent(record.id)}`}>
                  {preview(record.thought)}
                </Link>
                <p className="hint">
                  {dateOf(record.createdAt)}
                  {record.keptTraps.length > 0
                    ? ` · ${record.keptTraps.map((id) => trapInfo[id].name).join(", ")}`
                    : ""}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}

/**
 * A new record begun on this device and left before its first save: its words wait in a draft
 * that "Write down a thought" opens again, but without this the list showed no sign of it, and a
 * person looking for what they wrote found only their saved records. The one shown is the one
 * "Go on with it" opens: words another open tab is still writing are that tab's, not offered.
 */
function useUnsavedNewRecord(): RecordDraft | undefined {
  const owner = useContext(DraftOwner);
  const holds = (item: string) => owner !== null && newRecordDraft(owner, item) !== undefined;
  // Drawn with the list's first frame, so nothing below it moves as it comes; whether another open
  // tab is writing it is known a moment later, and only then (rarely) does it give way.
  const [kept, setKept] = useState<RecordDraft | undefined>(() => {
    const first = owner === null ? undefined : newDraftsOnDevice(THOUGHT_DRAFT, owner, holds)[0];
    return owner === null || first === undefined ? undefined : newRecordDraft(owner, first)?.draft;
  });
  useEffect(() => {
    if (owner === null) return;
    let open = true;
    void untakenNewDrafts(
      THOUGHT_DRAFT,
      owner,
      (item) => newRecordDraft(owner, item) !== undefined,
    ).then((items) => {
      const first = items[0];
      if (open) setKept(first === undefined ? undefined : newRecordDraft(owner, first)?.draft);
    });
    return () => {
      open = false;
    };
  }, [owner]);
  return kept;
}
