import { lazy, Suspense, useRef, useState } from "react";
import { navigate } from "../../app/router.js";
import { screenModules } from "../../app/screen-modules.js";
import { ThoughtListScreen } from "./ThoughtListScreen.js";

// The list of past records opens without the record screen and its trap detector: a first
// visit to the list waits on less (issue 13). The page's entry starts this file itself when the
// address is a record's (app/screen-modules.ts).
const ThoughtRecordScreen = lazy(() =>
  screenModules.thoughtRecord().then((m) => ({ default: m.ThoughtRecordScreen })),
);

export type ThoughtsView = { view: "list" } | { view: "record"; id: string | null };

/**
 * The whole thoughts section, loaded on demand (React.lazy) so the trap detector and its model
 * add nothing to the check-in screen's script; a record's screen is a further file of its own.
 */
export default function ThoughtsScreen(props: ThoughtsView) {
  return props.view === "list" ? <ThoughtListScreen /> : <RecordRoute id={props.id} />;
}

/**
 * A new record takes its address (`/thoughts/{id}`) when first saved. That change must not
 * restart the screen, or the person would lose their place; any other change of address does.
 */
function RecordRoute({ id }: { id: string | null }) {
  const adopted = useRef<string | null>(null);
  const [shown, setShown] = useState({ id, key: 0 });
  if (shown.id !== id) {
    setShown({ id, key: id !== null && id === adopted.current ? shown.key : shown.key + 1 });
  }
  return (
    <Suspense fallback={<p>Opening the thought record…</p>}>
      <ThoughtRecordScreen
        key={shown.key}
        id={id}
        onCreated={(created) => {
          adopted.current = created;
          navigate(`/thoughts/${encodeURIComponent(created)}`, { replace: true });
        }}
      />
    </Suspense>
  );
}
