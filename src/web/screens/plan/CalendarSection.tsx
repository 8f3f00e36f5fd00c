import { useEffect, useState } from "react";
import { messageOf } from "../../api/client.js";
import { FormProblem } from "../../components/FormProblem.js";
import { useOneAtATime } from "../../components/useOneAtATime.js";
import { CopyButton } from "../circle/CopyShare.js";
import { planApi } from "./plan-api.js";

/** The plan in a calendar app: a file to download, or a private link to subscribe to. */
export function CalendarSection() {
  const [active, setActive] = useState<boolean | null>(null);
  const [url, setUrl] = useState("");
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState("");
  // Making a link ends every earlier one: a second tap on a slow connection made two, and the
  // answer that came last (perhaps the link already ended) was the one shown to copy.
  const [action, setAction] = useState<"making" | "turning-off" | null>(null);
  const linkWork = useOneAtATime();

  useEffect(() => {
    planApi.feed().then(
      (feed) => setActive(feed.active),
      (error: unknown) => setProblem(messageOf(error)),
    );
  }, []);

  async function makeLink() {
    if (linkWork.running()) return;
    setAction("making");
    await linkWork.run(async () => {
      setProblem("");
      try {
        const made = await planApi.newFeed();
        setUrl(new URL(made.url, window.location.origin).toString());
        setActive(true);
        setStatus("Your private calendar link is ready. Any older link has stopped working.");
      } catch (error) {
        setProblem(messageOf(error));
      }
    });
  }

  async function turnOff() {
    if (linkWork.running()) return;
    setAction("turning-off");
    await linkWork.run(async () => {
      setProblem("");
      try {
        await planApi.revokeFeed();
        setUrl("");
        setActive(false);
        setStatus("The calendar link is off. Nobody can use it now.");
      } catch (error) {
        setProblem(messageOf(error));
      }
    });
  }

  return (
    <section aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">In your calendar</h2>
      <p>
        <a className="button-link" href="/api/calendar.ics" download>
          Download your plan as a calendar file
        </a>
      </p>
      <p>
        A private link lets a calendar app keep your plan up to date. Anyone with the link can see
        your planned steps, so keep it to yourself.
      </p>
      {url ? (
        <div className="field">
          <label htmlFor="feed-url">Your private calendar link</label>
          <input id="feed-url" type="text" readOnly value={url} />
          <CopyButton text={url} label="Copy link" />
        </div>
      ) : null}
      <div className="step-actions">
        <button type="button" className="secondary" onClick={() => void makeLink()}>
          {linkWork.busy && action === "making"
            ? "Making the link…"
            : active
              ? "Make a new private link"
              : "Make a private link"}
        </button>
        {active ? (
          <button type="button" className="secondary" onClick={() => void turnOff()}>
            {linkWork.busy && action === "turning-off" ? "Turning it off…" : "Turn off the link"}
          </button>
        ) : null}
      </div>
      <p role="status" className="hint">
        {status}
      </p>
      <FormProblem message={problem} />
    </section>
  );
}
