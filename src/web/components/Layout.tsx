import { type ReactNode, useState } from "react";
import { messageOf } from "../api/client.js";
import { Link } from "./Link.js";

/** Also written in index.html's first frame; keep the two the same. */
export const PRIVACY_NOTE = "Private: what you write stays here.";

export type NavPlace =
  | "checkin"
  | "history"
  | "insights"
  | "thoughts"
  | "check-ups"
  | "safety-plan"
  | "learn"
  | "plan"
  | "circle"
  | "other";

interface LayoutProps {
  children: ReactNode;
  /** Present only while signed in: the nav is for the person's own pages. */
  signedIn?: { place: NavPlace; signOut: () => Promise<void> } | undefined;
}

export function Layout({ children, signedIn }: LayoutProps) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header-bar">
          {signedIn ? (
            <Link className="brand" href="/">
              Reconnect
            </Link>
          ) : (
            <span className="brand">Reconnect</span>
          )}
          <div className="help-links">
            {/* One tap from the crisis control, for whoever is signed in. */}
            {signedIn ? (
              <Link
                className="plan-link"
                href="/safety-plan"
                aria-current={signedIn.place === "safety-plan" ? "page" : undefined}
              >
                My safety plan
              </Link>
            ) : null}
            {/* A plain link on purpose: the server renders /crisis itself, even with JavaScript off. */}
            <a className="help-link" href="/crisis">
              Get help now
            </a>
          </div>
        </div>
        {/* The second row is always the same height, signed in or not, so nothing below it
            moves when the app replaces the page's first frame (index.html has the same row). */}
        {signedIn ? (
          <MainNav place={signedIn.place} signOut={signedIn.signOut} />
        ) : (
          <p className="site-header-note">{PRIVACY_NOTE}</p>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Reconnect is not a substitute for professional care. If you are struggling,{" "}
          <a href="/crisis">find someone to talk to now</a>.
        </p>
      </footer>
    </>
  );
}

function MainNav({ place, signOut }: { place: NavPlace; signOut: () => Promise<void> }) {
  const [problem, setProblem] = useState("");
  async function handleSignOut() {
    setProblem("");
    try {
      await signOut();
    } catch (error) {
      setProblem(messageOf(error));
    }
  }
  return (
    <nav aria-label="Main">
      <ul className="nav-list">
        <li>
          <Link href="/" aria-current={place === "checkin" ? "page" : undefined}>
            Check-in
          </Link>
        </li>
        <li>
          <Link href="/plan" aria-current={place === "plan" ? "page" : undefined}>
            Plan
          </Link>
        </li>
        <li>
          <Link href="/circle" aria-current={place === "circle" ? "page" : undefined}>
            Circle
          </Link>
        </li>
        <li>
          <Link href="/thoughts" aria-current={place === "thoughts" ? "page" : undefined}>
            Thoughts
          </Link>
        </li>
        <li>
          <Link href="/history" aria-current={place === "history" ? "page" : undefined}>
            History
          </Link>
        </li>
        <li>
          <Link href="/insights" aria-current={place === "insights" ? "page" : undefined}>
            Insights
          </Link>
        </li>
        <li>
          <Link href="/check-ups" aria-current={place === "check-ups" ? "page" : undefined}>
            Check-ups
          </Link>
        </li>
        <li>
          <Link href="/learn" aria-current={place === "learn" ? "page" : undefined}>
            Learn
          </Link>
        </li>
        <li>
          <button type="button" className="link-button" onClick={handleSignOut}>
            Sign out
          </button>
        </li>
      </ul>
      {problem ? (
        <p role="alert" className="form-error">
          {problem}
        </p>
      ) : null}
    </nav>
  );
}
