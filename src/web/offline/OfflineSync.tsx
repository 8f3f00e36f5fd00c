import { useCallback, useEffect, useRef, useState } from "react";
import { messageOf } from "../api/client.js";
import { usePath } from "../app/router.js";
import { dayName } from "../components/day-name.js";
import { DayConflict, Versions } from "./DayConflict.js";
import { QUEUED_EVENT, SYNCED_EVENT } from "./queue-marker.js";
import { asCheckin, type QueuedCheckin } from "./queue-rules.js";
import { type RetryBackoff, retryBackoff } from "./retry-backoff.js";
import {
  keepMine,
  keepTheirs,
  NOTHING_QUEUED,
  retryHelps,
  type SyncState,
  syncQueue,
} from "./sync.js";

/**
 * Sends check-ins saved on this device once the network is back (at start, on `online`, when the
 * tab is shown again, when one is queued, when the person moves to another screen, and, while any
 * wait and the page is shown, on a gentle backoff: a server that was away and came back sends no
 * event of its own), and asks the person about a day that changed
 * elsewhere meanwhile, showing both versions: nothing is overwritten or dropped unasked.
 */
export default function OfflineSync({ accountId }: { accountId: string }) {
  const [state, setState] = useState<SyncState>(NOTHING_QUEUED);
  const [problem, setProblem] = useState("");
  // How many times the queue was looked at: a mark on the page that a run has finished.
  const [runs, setRuns] = useState(0);
  // Whether the browser says it is online, for the words: the server away is not the person offline.
  const [online, setOnline] = useState(browserOnline);
  const backoff = useRef<RetryBackoff | null>(null);
  const path = usePath();

  const sync = useCallback(() => {
    // syncQueue runs one at a time, so a try from the timer and one from an event never send the
    // same check-in twice at once.
    void syncQueue(accountId, true).then((next) => {
      setState(next);
      setRuns((n) => n + 1);
      setOnline(browserOnline());
      backoff.current?.settled(retryHelps(next));
      if (next.sent.length > 0) window.dispatchEvent(new Event(SYNCED_EVENT));
    });
  }, [accountId]);

  useEffect(() => {
    const retries = retryBackoff({
      retry: sync,
      mayTry: () => browserOnline() && document.visibilityState === "visible",
    });
    backoff.current = retries;
    sync();
    const onOnline = () => {
      retries.restart();
      sync();
    };
    const onOffline = () => setOnline(false);
    const onVisible = () => {
      if (document.visibilityState !== "visible") return;
      retries.restart();
      sync();
    };
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    window.addEventListener(QUEUED_EVENT, sync);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      retries.stop();
      backoff.current = null;
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      window.removeEventListener(QUEUED_EVENT, sync);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [sync]);

  // Moving to another screen is a cheap moment to try again, and only when something waits.
  const waitingNow = state.waiting > 0;
  const lastPath = useRef(path);
  useEffect(() => {
    if (lastPath.current === path) return;
    lastPath.current = path;
    if (waitingNow && browserOnline()) sync();
  }, [path, waitingNow, sync]);

  async function choose(item: QueuedCheckin, keep: "mine" | "theirs") {
    setProblem("");
    try {
      if (keep === "mine") await keepMine(item);
      else await keepTheirs(item);
      // The day on screen (and the version it would edit next) is now the one kept.
      window.dispatchEvent(new Event(SYNCED_EVENT));
      // A day kept from here waits to be sent like any other: tried at once, and then from the
      // first, short wait (the tries stopped while the choice waited).
      backoff.current?.restart();
      sync();
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  const { waiting, choices, sent, unreadable, storageProblem } = state;
  const words = statusWords(waiting, sent.length, choices.length, online);
  if (!words && choices.length === 0 && unreadable === 0 && !storageProblem) {
    // Always in the page while mounted, so a screen reader hears "has been sent" when it comes.
    return <p role="status" className="visually-hidden" data-sync-runs={runs} />;
  }
  return (
    <section
      className="offline-sync"
      aria-label="Check-ins saved on this device"
      data-sync-runs={runs}
    >
      <p role="status">{words}</p>
      {storageProblem ? (
        <p className="form-error" role="alert">
          {storageProblem} The app still works online, and crisis help is always here.
        </p>
      ) : null}
      {unreadable > 0 ? (
        <p className="form-error" role="alert">
          {unreadable === 1
            ? "One check-in kept on this device was damaged and couldn't be read."
            : `${unreadable} check-ins kept on this device were damaged and couldn't be read.`}{" "}
          Anything you saved while online is safe.
        </p>
      ) : null}
      {choices.map((item) =>
        item.state === "conflict" ? (
          <Conflict key={item.date} item={item} onChoose={(keep) => void choose(item, keep)} />
        ) : (
          <div key={item.date} className="conflict">
            <h2>{dayName(item.date)} couldn't be saved</h2>
            <p>{item.problem}</p>
            <Versions mine={asCheckin(item)} mineTitle="On this device" theirs={undefined} />
            <button type="button" className="secondary" onClick={() => void choose(item, "theirs")}>
              Let this one go
            </button>
          </div>
        ),
      )}
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}

function browserOnline(): boolean {
  return typeof navigator === "undefined" || navigator.onLine !== false;
}

function statusWords(waiting: number, sent: number, choices: number, online: boolean): string {
  // Said first, and read out: the choice waits at the top of the screen, wherever the person is.
  if (choices > 0) {
    return choices === 1
      ? "One day saved on this device needs your choice before it can be sent. It is at the top of this screen."
      : `${choices} days saved on this device need your choice before they can be sent. They are at the top of this screen.`;
  }
  // Online with the server not answering: saying "back online" would blame the person's network.
  if (waiting > 0 && online) {
    return waiting === 1
      ? "One check-in is saved on this device. Reconnect couldn't be reached, so it will be sent as soon as it can be."
      : `${waiting} check-ins are saved on this device. Reconnect couldn't be reached, so they will be sent as soon as they can be.`;
  }
  if (waiting > 0) {
    return waiting === 1
      ? "One check-in is saved on this device. It will be sent when you're back online."
      : `${waiting} check-ins are saved on this device. They will be sent when you're back online.`;
  }
  if (sent > 0) {
    return sent === 1
      ? "Your check-in saved on this device has been sent."
      : "Your check-ins saved on this device have been sent.";
  }
  return "";
}

function Conflict({
  item,
  onChoose,
}: {
  item: QueuedCheckin;
  onChoose: (keep: "mine" | "theirs") => void;
}) {
  const theirs = item.current ?? undefined;
  return (
    <DayConflict
      heading={`${dayName(item.date)} was changed somewhere else`}
      explanation={`While this device was offline, ${dayName(item.date)} was ${
        theirs
          ? "saved differently somewhere else. Both are shown here: choose the one to keep."
          : "deleted somewhere else. This device's version is shown here: keep it, or leave the day deleted."
      }`}
      mine={asCheckin(item)}
      mineTitle="On this device"
      theirs={theirs}
      keepMine="Keep this device's"
      onChoose={onChoose}
    />
  );
}
