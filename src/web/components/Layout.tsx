import { type ReactNode, useLayoutEffect, useRef, useState } from "react";
import { messageOf } from "../api/client.js";
import { useCrisisPageHref } from "./crisis/crisis-page-href.js";
import { HelpNowLink, useCrisisLinesAtHand } from "./crisis/HelpNowLink.js";
import { DeviceStorageNotice } from "./DeviceStorageNotice.js";
import { FormProblem } from "./FormProblem.js";
import { keepFocusClearOfHeader } from "./header-in-view.js";
import { Link } from "./Link.js";
import { NavMore } from "./NavMore.js";
import { ReleaseNotice } from "./ReleaseNotice.js";

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
  | "share"
  | "admin"
  | "your-data"
  | "other";

interface LayoutProps {
  children: ReactNode;
  /** Present only while signed in: the nav is for the person's own pages. */
  signedIn?:
    | {
        place: NavPlace;
        signOut: () => Promise<void>;
        /** The owner and admins see the people screen in the nav; members never do. */
        runsServer?: boolean;
      }
    | undefined;
}

export function Layout({ children, signedIn }: LayoutProps) {
  // The screen left for help, named so the crisis page's way back returns to it.
  const helpHref = useCrisisPageHref();
  const header = useRef<HTMLElement>(null);
  useCrisisLinesAtHand();
  useLayoutEffect(() => (header.current ? keepFocusClearOfHeader(header.current) : undefined), []);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header" ref={header}>
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
            {/* A plain link on purpose: the server renders /crisis itself, even with JavaScript off.
                It names the screen left, so the page's way back returns to it. Before the service
                worker keeps the page, a click with no network shows help in the app instead. */}
            <HelpNowLink
              className="help-link"
              href={signedIn ? helpHref : "/crisis"}
              signedIn={signedIn !== undefined}
            >
              Get help now
            </HelpNowLink>
          </div>
        </div>
      </header>
      {/* Outside the header, which stays in view while scrolling: only the help does. This row
          is always the same height, signed in or not, so nothing below it moves when the app
          replaces the page's first frame (index.html has the same row). */}
      {signedIn ? (
        <div className="site-nav-row">
          <MainNav
            place={signedIn.place}
            signOut={signedIn.signOut}
            runsServer={signedIn.runsServer ?? false}
          />
        </div>
      ) : (
        // Its own landmark, now that it is outside the header, so no words sit outside one.
        <aside className="site-nav-row" aria-label="Privacy">
          <p className="site-header-note">{PRIVACY_NOTE}</p>
        </aside>
      )}
      <main id="main" tabIndex={-1}>
        <ReleaseNotice />
        <DeviceStorageNotice />
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Reconnect is not a substitute for professional care. If you are struggling,{" "}
          <HelpNowLink href={signedIn ? helpHref : "/crisis"} signedIn={signedIn !== undefined}>
            find someone to talk to now
          </HelpNowLink>
          .
        </p>
      </footer>
    </>
  );
}

interface NavItem {
  href: string;
  label: string;
  place: NavPlace;
  /** The daily three, always in view; the others sit under "More" on a narrow screen. */
  primary: boolean;
  /** A shorter name for the wide row, where every link shares one line. */
  rowLabel?: string;
  /** Shown only to the owner and admins. */
  runsServer?: true;
}

const NAV: readonly NavItem[] = [
  { href: "/", label: "Check-in", place: "checkin", primary: true },
  { href: "/plan", label: "Plan", place: "plan", primary: true },
  { href: "/thoughts", label: "Thoughts", place: "thoughts", primary: true },
  { href: "/circle", label: "Circle", place: "circle", primary: false },
  { href: "/history", label: "History", place: "history", primary: false },
  { href: "/insights", label: "Insights", place: "insights", primary: false },
  { href: "/check-ups", label: "Check-ups", place: "check-ups", primary: false },
  { href: "/learn", label: "Learn", place: "learn", primary: false },
  {
    href: "/share",
    label: "Share how you're doing",
    rowLabel: "Share",
    place: "share",
    primary: false,
  },
  { href: "/your-data", label: "Your data", place: "your-data", primary: false },
  { href: "/admin", label: "People", place: "admin", primary: false, runsServer: true },
];

function NavLink({ item, place, inRow }: { item: NavItem; place: NavPlace; inRow?: boolean }) {
  return (
    <Link href={item.href} aria-current={place === item.place ? "page" : undefined}>
      {inRow ? (item.rowLabel ?? item.label) : item.label}
    </Link>
  );
}

function MainNav(props: { place: NavPlace; signOut: () => Promise<void>; runsServer: boolean }) {
  const { place, signOut } = props;
  const nav = NAV.filter((item) => props.runsServer || !item.runsServer);
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
        {nav.map((item) => (
          <li key={item.href} className={item.primary ? undefined : "nav-secondary"}>
            <NavLink item={item} place={place} inRow />
          </li>
        ))}
        <li className="nav-secondary nav-sign-out">
          <button type="button" className="link-button" onClick={handleSignOut}>
            Sign out
          </button>
        </li>
        {/* On a phone the row holds the daily three and "More"; the rest opens below it. With
            large text the row holds only "Menu", and the daily three open below it as well. */}
        <li className="nav-more-item">
          {/* Keyed by the screen, so the menu is closed again on the screen it opened. */}
          <NavMore key={place}>
            {nav.map((item) => (
              <li key={item.href} className={item.primary ? "nav-more-primary" : undefined}>
                <NavLink item={item} place={place} />
              </li>
            ))}
            <li>
              <button
                type="button"
                className="link-button"
                onClick={(event) => {
                  // Closed first: a question before signing out (words not yet saved) must not
                  // open under the menu, and the keyboard waits on "More" meanwhile.
                  const menu = event.currentTarget.closest("details");
                  if (menu) {
                    menu.open = false;
                    menu.querySelector("summary")?.focus();
                  }
                  void handleSignOut();
                }}
              >
                Sign out
              </button>
            </li>
          </NavMore>
        </li>
      </ul>
      <FormProblem message={problem} />
    </nav>
  );
}
