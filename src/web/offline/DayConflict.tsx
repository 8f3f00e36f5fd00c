import { useId } from "react";
import {
  type Checkin,
  type ConnectionMode,
  checkinScales,
} from "../../core/checkins/checkin.schema.js";
import { isolated } from "../../core/text/isolated.js";

/**
 * A day that was changed somewhere else while this device held other answers for it: both
 * versions, and the person's choice of which to keep. One view for a check-in kept offline and
 * for one saved from the check-in screen, so the two ask in the same way. `theirs` undefined:
 * the day was deleted elsewhere. A labelled region; its heading takes focus by `headingId`.
 */
export function DayConflict({
  heading,
  headingId,
  explanation,
  mine,
  mineTitle,
  theirs,
  keepMine,
  onChoose,
}: {
  heading: string;
  headingId?: string;
  explanation: string;
  mine: Checkin;
  mineTitle: string;
  theirs: Checkin | undefined;
  keepMine: string;
  onChoose: (keep: "mine" | "theirs") => void;
}) {
  const ownId = useId();
  const id = headingId ?? ownId;
  return (
    <section className="conflict" aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {heading}
      </h2>
      <p>{explanation}</p>
      <Versions mine={mine} mineTitle={mineTitle} theirs={theirs} />
      <div className="conflict-actions">
        <button type="button" className="primary" onClick={() => onChoose("mine")}>
          {keepMine}
        </button>
        <button type="button" className="secondary" onClick={() => onChoose("theirs")}>
          {theirs ? "Keep the other one" : "Leave it deleted"}
        </button>
      </div>
    </section>
  );
}

/** A connection with no name, by how it happened. */
const MODE_WORDS: Record<ConnectionMode, string> = {
  message: "a message",
  call: "a call",
  video: "a video call",
  "in-person": "time in person",
};

/** Both versions of the day side by side: the one kept here (`mineTitle`) and the server's. */
export function Versions({
  mine,
  mineTitle,
  theirs,
}: {
  mine: Checkin;
  mineTitle: string;
  theirs: Checkin | undefined;
}) {
  return (
    <div className="conflict-versions">
      <Version title={mineTitle} checkin={mine} />
      {theirs ? <Version title="Saved elsewhere" checkin={theirs} /> : null}
    </div>
  );
}

function Version({ title, checkin }: { title: string; checkin: Checkin }) {
  return (
    <div className="conflict-version">
      <h3>{title}</h3>
      <dl>
        {checkinScales.map((scale) =>
          checkin[scale.key] === undefined ? null : (
            <div key={scale.key}>
              <dt>{scale.label}</dt>
              <dd>{checkin[scale.key]} of 10</dd>
            </div>
          ),
        )}
        {checkin.sleepHours === undefined ? null : (
          <div>
            <dt>Sleep</dt>
            <dd>{checkin.sleepHours} hours</dd>
          </div>
        )}
        <div>
          <dt>Connections</dt>
          <dd>
            {checkin.connections.length === 0
              ? "None"
              : // Each name isolated, so the commas between them stay ours: a name ending in a
                // right-to-left override drew the names after it backwards (", Jo, Al" as
                // "lA ,oJ ,"), and two Hebrew names ran together, their order turned round.
                checkin.connections
                  .map((c) => (c.name === undefined ? MODE_WORDS[c.mode] : isolated(c.name)))
                  .join(", ")}
          </dd>
        </div>
        {checkin.note ? (
          <div>
            <dt>Note</dt>
            <dd>{checkin.note}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
