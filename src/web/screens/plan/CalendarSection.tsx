import { useEffect, useState } from "react";
import { messageOf } from "../../api/client.js";
import { FormProblem } from "../../components/FormProblem.js";
import { CopyButton } from "../circle/CopyShare.js";
import { planApi } from "./plan-api.js";

/** The plan in a calendar app: a file to download, or a private link to subscribe to. */
export function CalendarSection() {
  const [active, setActive] = useState<boolean | null>(null);
  const [url, setUrl] = useState("");
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState("");

  useEffect(() => {
    planApi.feed().then(
      (feed) => setActive(feed.active),
      (error: unknown) => setProblem(messageOf(error)),
    );
  }, []);

  async function makeLink() {
    setProblem("");
    try {
      const made = await planApi.newFeed();
      setUrl(new URL(made.url, window.location.origin).toString());
      setActive(true);
      setStatus("Your private calendar link is ready. Any older link has stopped working.");
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  async function turnOff() {
    setProblem("");
    try {
      await planApi.revokeFeed();
      setUrl("");
      setActive(false);
      setStatus("The calendar link is off. Nobody can use it now.");
    } catch (error) {
      setProblem(messageOf(error));
    }
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
          {active ? "Make a new private link" : "Make a private link"}
        </button>
        {active ? (
          <button type="button" className="secondary" onClick={() => void turnOff()}>
            Turn off the link
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
