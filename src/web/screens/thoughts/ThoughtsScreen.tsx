import { useRef, useState } from "react";
import { navigate } from "../../app/router.js";
import { ThoughtListScreen } from "./ThoughtListScreen.js";
import { ThoughtRecordScreen } from "./ThoughtRecordScreen.js";

export type ThoughtsView = { view: "list" } | { view: "record"; id: string | null };

/**
 * The whole thoughts section, loaded on demand (React.lazy) so the trap detector and its model
 * add nothing to the check-in screen's script.
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
    <ThoughtRecordScreen
      key={shown.key}
      id={id}
      onCreated={(created) => {
        adopted.current = created;
        navigate(`/thoughts/${encodeURIComponent(created)}`, { replace: true });
      }}
    />
  );
}
