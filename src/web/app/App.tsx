import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { Me } from "../../core/accounts/account.schema.js";
import {
  currentPageAccount,
  messageOf,
  type SessionEnd,
  setPageAccount,
  setSessionEndedHandler,
} from "../api/client.js";
import { api } from "../api/reconnect.js";
import { Layout } from "../components/Layout.js";
import { MessageScreen } from "../components/MessageScreen.js";
import { DraftOwner } from "../drafts/DraftOwner.js";
import { mayHaveQueued, QUEUED_EVENT } from "../offline/queue-marker.js";
import { keepSignedInOnDevice, useKeptForOffline } from "../pwa/keep-for-offline.js";
import {
  clearOfflineCopies,
  clearOfflineCopiesAtSignOut,
  clearOfflineCopiesOf,
} from "../pwa/offline-copies.js";
import { useReminderNotifier } from "../reminders/useReminderNotifier.js";
import { SignInScreen } from "../screens/sign-in/SignInScreen.js";
import { type LeftOnDevice, somethingLeft } from "./AskBeforeSignOut.js";
import { forgetAtSignOut, forgetOnDevice, leftOnDevice } from "./ended-elsewhere.js";
import { Opening } from "./Opening.js";
import {
  dropOwedSignOut,
  endServerSession,
  SIGN_OUT_OWED,
  setSignOutOwed,
  settleOwedSignOut,
} from "./pending-sign-out.js";
import { navigate, screenChangedByPerson, usePath } from "./router.js";
import { parseRoute, type Route } from "./routes.js";
import { ScreenBoundary } from "./ScreenBoundary.js";
import { placeOf, SignedInScreen } from "./SignedInScreen.js";
import { SignOutWarning } from "./SignOutWarning.js";
import { screenModules } from "./screen-modules.js";
import type { EndedHere } from "./session-end.js";
import { leavesPage, readMark } from "./sign-out-owed-mark.js";

// An invitation link and the owner's first setup are not the check-in screen: each is its own
// file, so the script every first visit waits on stays small.
const JoinScreen = lazy(() => screenModules.join().then((m) => ({ default: m.JoinScreen })));
const SetupScreen = lazy(() => screenModules.setup().then((m) => ({ default: m.SetupScreen })));

// Sends check-ins saved with no network: loaded only once this device has kept one.
const OfflineSync = lazy(() => import("../offline/OfflineSync.js"));

type Session =
  | { state: "loading" }
  | { state: "unreachable"; message: string }
  | { state: "needs-owner" }
  | { state: "signed-out" }
  | { state: "signed-in"; me: Me };

/** Where a screen that does not fit the session sends the person, or null to stay. */
function redirectFor(session: Session, route: Route): string | null {
  // An invitation link opens its own page signed out; signed in, it says so (see SignedInScreen).
  if (route.name === "join") return null;
  switch (session.state) {
    case "needs-owner":
      return route.name === "setup" ? null : "/setup";
    case "signed-out":
      return route.name === "sign-in" ? null : "/sign-in";
    case "signed-in":
      return route.name === "setup" || route.name === "sign-in" ? "/" : null;
    default:
      return null;
  }
}

/**
 * The screens that open once a person has signed in, when asked for before: a bookmark or a
 * reminder's link leads where it says, the people screen too (for whoever may see it).
 */
const RETURNED_TO_AFTER_SIGN_IN: ReadonlySet<Route["name"]> = new Set([
  "checkin",
  "history",
  "insights",
  "check-ups",
  "safety-plan",
  "learn",
  "lesson",
  "cycle",
  "share",
  "plan",
  "circle",
  "thoughts",
  "thought",
  "your-data",
  "admin",
]);

export function App() {
  const path = usePath();
  const route = parseRoute(path);
  const [session, setSession] = useState<Session>({ state: "loading" });
  // The page someone asked for before being sent to sign in, so signing in takes them there.
  const returnTo = useRef<string | null>(null);
  const [queueInUse, setQueueInUse] = useState(mayHaveQueued);
  // Check-ins not yet sent and words not yet saved, when signing out would delete them.
  const [leftAtSignOut, setLeftAtSignOut] = useState<LeftOnDevice | null>(null);
  const [signOutProblem, setSignOutProblem] = useState("");
  // The session ended while the person was using Reconnect (not a sign-out they asked for here):
  // sign-in says why it is back, and only a session that ran out promises their words.
  const [endedBy, setEndedBy] = useState<SessionEnd | null>(null);
  // Erased or signed out everywhere from "Your data": the next screen says it was done.
  const [ended, setEnded] = useState<EndedHere | null>(null);

  useEffect(() => {
    const onQueued = () => setQueueInUse(true);
    window.addEventListener(QUEUED_EVENT, onQueued);
    return () => window.removeEventListener(QUEUED_EVENT, onQueued);
  }, []);

  const probe = useCallback(async () => {
    setSession({ state: "loading" });
    // Signed out here while offline: that session is ended first, and until the server has
    // answered, this device never opens as the person who left. A mark naming nobody may be
    // anyone's: sign-in, as always.
    const owed = await settleOwedSignOut();
    if (owed !== null && owed.account === null) {
      setSession({ state: "signed-out" });
      return;
    }
    try {
      const { user, needsOwner } = await api.session();
      // Only the sign-out of the person this tab would open as sends it to sign-in. Another
      // person's (on a shared browser, someone signed out offline in a tab left open after this
      // person signed in) is not theirs: with no network they still open their own safety plan
      // and check-ins from the device.
      if (owed !== null && leavesPage(owed, user?.id ?? null)) {
        // Nothing of the person who left is kept for reading offline, not even this answer.
        if (owed.account !== null) void clearOfflineCopiesOf(owed.account);
        setPageAccount(null);
        setSession({ state: "signed-out" });
        return;
      }
      // Every request of this page names who it is signed in as (api/client.ts).
      setPageAccount(user?.id ?? null);
      if (user) {
        setSession({ state: "signed-in", me: user });
      } else {
        setSession({ state: needsOwner ? "needs-owner" : "signed-out" });
      }
    } catch (error) {
      // Nothing kept says who is signed in, and someone signed out here: sign-in, as always.
      if (owed !== null) setSession({ state: "signed-out" });
      else setSession({ state: "unreachable", message: messageOf(error) });
    }
  }, []);

  useEffect(() => {
    void probe();
  }, [probe]);

  // The network is back after a sign-out made offline: the server's session is ended now.
  // Another tab of the same person signing out offline takes this one to sign-in too, so nothing
  // of theirs stays on its screen. A tab of someone else (signed in since, on a shared browser)
  // stays: the sign-out owed is not theirs.
  useEffect(() => {
    const onOnline = () => void settleOwedSignOut();
    const onStorage = (event: StorageEvent) => {
      if (event.key !== SIGN_OUT_OWED) return;
      const mark = readMark(event.newValue);
      if (mark === null || !leavesPage(mark, currentPageAccount())) return;
      returnTo.current = null;
      setLeftAtSignOut(null);
      flushSync(() => {
        setSession({ state: "signed-out" });
        navigate("/sign-in", { replace: true });
      });
    };
    window.addEventListener("online", onOnline);
    window.addEventListener("storage", onStorage);
    return () => {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("storage", onStorage);
    };
  }, []);

  useEffect(() => {
    // Someone else signed in on this browser (another tab, an invitation, a reset link): the
    // cookie is theirs now. Nothing of theirs shows here, and nothing of this person's is
    // forgotten: their drafts and waiting check-ins are theirs, kept under their id for their
    // next sign-in. The page keeps naming them, so nothing more it sends is taken as the other
    // person's.
    // The answers kept for reading offline are the browser's, not this page's, and are now the
    // other person's (their own tab keeps them): they stay.
    const someoneElseHere = () => {
      screenChangedByPerson();
      setEndedBy("other-account");
      flushSync(() => setSession({ state: "signed-out" }));
    };
    setSessionEndedHandler((why) => {
      if (why === "other-account") {
        someoneElseHere();
        return;
      }
      // Whose page this is: the account its requests name, still named while the session is
      // found gone (a second request may meet it once the screen shows loading).
      const who = currentPageAccount();
      // Pressing Save is what led here: the sign-in heading takes focus, so a screen reader says
      // where the person now is instead of nothing.
      screenChangedByPerson();
      setEndedBy(why);
      // Sign-in, or first-time setup when no account is left (the last one erased from another
      // device): the server says which, as when the app opens. Nothing of the person shows
      // meanwhile, and nothing of theirs is forgotten until the server has said whose the
      // browser is now.
      setSession({ state: "loading" });
      void screenAfterSessionGone().then((next) => {
        // Someone else signed in on this browser: their sign-in is what ended this session, and
        // this request met it a moment before it could be told so (`other-account`). It is
        // that, whatever the answer said: nothing of this person's is forgotten, and nothing of
        // the other person's shows.
        if (next.state === "signed-in" && who !== null && next.me.id !== who) {
          someoneElseHere();
          return;
        }
        // Answers are kept for reading offline only while signed in.
        void clearOfflineCopies();
        // Ended from somewhere else: this person's drafts and unsent check-ins go, as on
        // signing out here (see forgetOnDevice). Not when the browser is theirs again (they
        // signed in anew in another tab, which ended this session): their words stay theirs.
        const theirsAgain = next.state === "signed-in" && next.me.id === who;
        if (why === "ended-elsewhere" && who !== null && !theirsAgain) {
          void forgetOnDevice(who).then(() => setQueueInUse(mayHaveQueued()));
        }
        // The same person signed in again elsewhere on this browser is taken in as any sign-in
        // is: to their own check-in, with no word of the ended session kept for sign-in.
        if (next.state === "signed-in") whenSignedIn.current(next.me);
        else setSession(next);
      });
    });
    return () => setSessionEndedHandler(undefined);
  }, []);

  // Reminders the person chose come as notifications while Reconnect is open.
  useReminderNotifier(session.state === "signed-in");
  // The safety plan is kept for reading offline even if never opened on this device.
  useKeptForOffline(session.state === "signed-in");

  const target = redirectFor(session, route);
  useEffect(() => {
    if (!target) return;
    if (target === "/sign-in" && RETURNED_TO_AFTER_SIGN_IN.has(route.name)) {
      returnTo.current = path;
    }
    navigate(target, { replace: true });
  }, [target, route.name, path]);

  // The session and the address change in one render, so no screen sees one without the other.
  // Drafts stay on the device across a sign-in: they are kept per person, and someone whose
  // session ran out mid-sentence signs in again to find their words waiting (one ended from
  // somewhere else took them: see the session-ended handler).
  const signedIn = (me: Me) => {
    setPageAccount(me.id);
    // A new session's cookie replaced the one owed a sign-out: that one is forgotten here, and
    // the new one must not be ended by it. It goes whoever the mark names: the browser holds one
    // session cookie, and the owed session's is no longer it.
    dropOwedSignOut();
    // Kept now, not at the next visit: whoever signs in and loses the signal still gets in. The
    // answers kept before are let go first: a sign-in with no sign-out before it (a page left
    // open while someone else signs in here) would otherwise leave the person before's safety
    // plan to be read offline as this person's.
    void clearOfflineCopies().then(() => keepSignedInOnDevice(me));
    // A member is never shown that the people screen exists: from there, today's check-in, as
    // from any address the app does not know.
    const asked = returnTo.current;
    const to = asked === null || (asked === "/admin" && me.role === "member") ? "/" : asked;
    returnTo.current = null;
    setEndedBy(null);
    setEnded(null);
    flushSync(() => {
      setSession({ state: "signed-in", me });
      navigate(to);
    });
  };

  // For the session-ended handler, registered once: the sign-in of this render.
  const whenSignedIn = useRef(signedIn);
  whenSignedIn.current = signedIn;

  const signOut = async (deleteUnsent = false) => {
    // Check-ins still waiting on this device, and words not yet saved, go with signing out: say
    // so first, never silently.
    if (!deleteUnsent) {
      const left = session.state === "signed-in" ? await leftOnDevice(session.me.id) : null;
      if (left !== null && somethingLeft(left)) {
        // Focus goes to the question, and back to the screen on "Stay signed in": the button
        // pressed goes away each time, and a keyboard or screen reader was left behind.
        screenChangedByPerson();
        setLeftAtSignOut(left);
        return;
      }
    }
    // With no network (or a server that fails), the device is cleared all the same and the
    // session is ended once the server answers again: a shared phone must not wait on a signal.
    // Already signed out (the session ran out) counts as ended.
    // The mark names who signed out, so only their tabs follow, and only their session is ended.
    const answer = await endServerSession();
    if (answer === "unanswered") setSignOutOwed(currentPageAccount());
    setPageAccount(null);
    returnTo.current = null;
    // Signing out leaves nothing this person typed behind on the device, neither drafts nor
    // check-ins waiting to be sent; other people's are theirs, kept for their next sign-in.
    if (session.state === "signed-in") await forgetAtSignOut(session.me.id);
    // Nor any answer kept for reading offline: unless the browser's session is someone else's
    // now (a page left open after they signed in in another tab), whose answers they are. With
    // no answer from the server it may be: the copies of whoever the kept session names, when
    // that is someone else, stay theirs, so they still open their own offline.
    if (answer === "ended") await clearOfflineCopies();
    else if (answer === "unanswered") {
      await (session.state === "signed-in"
        ? clearOfflineCopiesAtSignOut(session.me.id)
        : clearOfflineCopies());
    }
    setQueueInUse(mayHaveQueued());
    setLeftAtSignOut(null);
    setEndedBy(null);
    flushSync(() => {
      setSession({ state: "signed-out" });
      navigate("/sign-in");
    });
  };

  // Signed out everywhere or erased: nothing of this person's stays behind, and the server says
  // where to go next (sign in, or set up again once the last account is gone).
  const sessionEnded = (why: EndedHere) => {
    returnTo.current = null;
    setEnded(why);
    // The screen after is the answer to what the person just did: its heading takes focus, so a
    // screen reader says it instead of nothing.
    screenChangedByPerson();
    const who = session.state === "signed-in" ? session.me.id : null;
    if (who === null) {
      void probe();
      return;
    }
    // As signing out here: their drafts, their check-ins waiting to be sent and their answers
    // kept for reading offline go, and nobody else's. Another person on a shared device (whose
    // session ran out, or who was signed out by this person's sign-in) finds theirs waiting.
    // Gone before the next screen, so nothing of theirs is sent or read under the next sign-in;
    // nothing of theirs shows meanwhile.
    setSession({ state: "loading" });
    void Promise.all([forgetAtSignOut(who), clearOfflineCopiesOf(who)])
      .catch(() => undefined)
      .then(() => {
        setQueueInUse(mayHaveQueued());
        return probe();
      });
  };

  if (session.state === "unreachable") {
    return (
      <Layout>
        <MessageScreen title="Reconnect isn't answering">
          <p>{session.message}</p>
          <button type="button" className="primary" onClick={() => void probe()}>
            Try again
          </button>
        </MessageScreen>
      </Layout>
    );
  }
  if (session.state === "loading" || target) {
    return (
      <Layout>
        <MessageScreen title="Just a moment">
          <p>Opening Reconnect…</p>
        </MessageScreen>
      </Layout>
    );
  }
  if (route.name === "join" && session.state !== "signed-in") {
    return (
      <Layout>
        <Suspense fallback={<Opening what="invitation" />}>
          <JoinScreen token={route.token} onSignedIn={signedIn} />
        </Suspense>
      </Layout>
    );
  }
  if (session.state === "needs-owner") {
    return (
      <Layout>
        <Suspense fallback={<Opening what="setup" />}>
          <SetupScreen
            onSignedIn={signedIn}
            // Erased here, or from another device when it was the last account (a session ended
            // from somewhere else with no account left): the screen says it was done either way.
            erased={ended === "erased" || endedBy === "ended-elsewhere"}
          />
        </Suspense>
      </Layout>
    );
  }
  if (session.state === "signed-out") {
    return (
      <Layout>
        <SignInScreen onSignedIn={signedIn} endedBy={endedBy} ended={ended} />
      </Layout>
    );
  }
  const layoutSignedIn = {
    place: placeOf(route),
    signOut: () => signOut(),
    runsServer: session.me.role !== "member",
  };
  if (leftAtSignOut !== null) {
    return (
      <Layout signedIn={layoutSignedIn}>
        <SignOutWarning
          left={leftAtSignOut}
          problem={signOutProblem}
          onStay={() => {
            screenChangedByPerson();
            setLeftAtSignOut(null);
          }}
          onSignOut={() => {
            setSignOutProblem("");
            signOut(true).catch((error: unknown) => setSignOutProblem(messageOf(error)));
          }}
        />
      </Layout>
    );
  }
  return (
    <Layout signedIn={layoutSignedIn}>
      <DraftOwner.Provider value={session.me.id}>
        {queueInUse ? (
          <Suspense fallback={null}>
            <OfflineSync accountId={session.me.id} />
          </Suspense>
        ) : null}
        <ScreenBoundary path={path}>
          <SignedInScreen route={route} me={session.me} onSessionEnded={sessionEnded} />
        </ScreenBoundary>
      </DraftOwner.Provider>
    </Layout>
  );
}

/**
 * Where a person whose session was found gone goes next: sign-in, or setup once no account is
 * left to sign in to. Should the server not say, sign-in: the session is over either way.
 */
async function screenAfterSessionGone(): Promise<Session> {
  try {
    const { user, needsOwner } = await api.session();
    if (user) return { state: "signed-in", me: user };
    return needsOwner ? { state: "needs-owner" } : { state: "signed-out" };
  } catch {
    return { state: "signed-out" };
  }
}
