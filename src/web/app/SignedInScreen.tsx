import { lazy, Suspense } from "react";
import type { Me } from "../../core/accounts/account.schema.js";
import { localDateOf } from "../../core/dates/local-date.js";
import type { NavPlace } from "../components/Layout.js";
import { Link } from "../components/Link.js";
import { MessageScreen } from "../components/MessageScreen.js";
import { CheckinScreen } from "../screens/checkin/CheckinScreen.js";
import { HistoryScreen } from "../screens/history/HistoryScreen.js";
import { Opening } from "./Opening.js";
import type { Route } from "./routes.js";
import { screenModules } from "./screen-modules.js";
import type { EndedHere } from "./session-end.js";

// The check-in and history screens are in the first script. History loaded on its own made its
// first paint wait on one more file (Lighthouse's LCP for it rose).

// Loaded only when a thoughts screen is opened: it carries the thinking-trap detector and its
// model, which the check-in screen has no need of.
const ThoughtsScreen = lazy(screenModules.thoughts);
// Check-ups and the safety plan are loaded when opened, so the check-in screen's script stays small.
const CheckupsScreen = lazy(() =>
  screenModules.checkUps().then((m) => ({ default: m.CheckupsScreen })),
);
const SafetyPlanScreen = lazy(() =>
  screenModules.safetyPlan().then((m) => ({
    default: m.SafetyPlanScreen,
  })),
);

// Plan and Circle are loaded when opened, so the check-in screen's script stays small.
const PlanScreen = lazy(screenModules.plan);
const CircleScreen = lazy(screenModules.circle);

// Learn carries every lesson's text, and Share its own forms: both load only when opened.
const LearnScreen = lazy(screenModules.learn);
const ShareScreen = lazy(() => screenModules.share().then((m) => ({ default: m.ShareScreen })));

// Insights carry the cycle map and its charts: loaded only when opened.
const InsightsScreen = lazy(screenModules.insights);

// Only the owner and admins ever open the people screen; nobody else loads it.
const AdminScreen = lazy(() => screenModules.admin().then((m) => ({ default: m.AdminScreen })));

// Account care, export and import: loaded only when opened.
const YourDataScreen = lazy(screenModules.yourData);

/** Which place in the navigation a route is, so the menu can mark where the person is. */
export function placeOf(route: Route): NavPlace {
  if (route.name === "history") return "history";
  if (route.name === "insights") return "insights";
  if (route.name === "check-ups" && route.instrument === null) return "check-ups";
  if (route.name === "safety-plan") return "safety-plan";
  if (route.name === "learn" || route.name === "lesson" || route.name === "cycle") return "learn";
  if (route.name === "plan") return "plan";
  if (route.name === "circle") return "circle";
  if (route.name === "share") return "share";
  if (route.name === "thoughts" || route.name === "thought") return "thoughts";
  if (route.name === "your-data") return "your-data";
  if (route.name === "checkin" && route.date === null) return "checkin";
  if (route.name === "admin") return "admin";
  return "other";
}

/** The screen for a route once someone is signed in. */
export function SignedInScreen({
  route,
  me,
  onSessionEnded,
}: {
  route: Route;
  me: Me;
  onSessionEnded: (why: EndedHere) => void;
}) {
  const today = localDateOf(new Date());
  switch (route.name) {
    case "checkin": {
      const date = route.date ?? today;
      if (date > today) {
        return (
          <MessageScreen title="That day hasn't come yet">
            <p>
              You can check in for today or any day before it. <Link href="/">Go to today</Link>
            </p>
          </MessageScreen>
        );
      }
      // A new key per day: each day starts from its own saved answers, never another day's.
      return <CheckinScreen key={date} date={date} today={today} />;
    }
    case "history":
      return <HistoryScreen key={route.month} today={today} month={route.month} />;
    case "insights":
      return (
        <Suspense fallback={<Opening what="insights" />}>
          <InsightsScreen />
        </Suspense>
      );
    case "check-ups":
      return (
        <Suspense fallback={<Opening what="check-ups" />}>
          <CheckupsScreen instrument={route.instrument} />
        </Suspense>
      );
    case "plan":
      return (
        <Suspense fallback={<Opening what="plan" />}>
          <PlanScreen />
        </Suspense>
      );
    case "circle":
      return (
        <Suspense fallback={<Opening what="circle" />}>
          <CircleScreen />
        </Suspense>
      );
    case "learn":
    case "lesson":
    case "cycle":
      return (
        <Suspense fallback={<Opening what="lessons" />}>
          {route.name === "lesson" ? (
            <LearnScreen view="lesson" id={route.id} />
          ) : (
            <LearnScreen view={route.name === "cycle" ? "cycle" : "list"} />
          )}
        </Suspense>
      );
    case "share":
      return (
        <Suspense fallback={<Opening what="share cards" />}>
          <ShareScreen />
        </Suspense>
      );
    case "your-data":
      return (
        <Suspense fallback={<Opening what="data" />}>
          <YourDataScreen onSessionEnded={onSessionEnded} />
        </Suspense>
      );
    case "safety-plan":
      return (
        <Suspense fallback={<Opening what="safety plan" />}>
          <SafetyPlanScreen />
        </Suspense>
      );
    case "thoughts":
    case "thought":
      return (
        <Suspense
          fallback={
            <MessageScreen title="Just a moment">
              <p>Opening your thoughts…</p>
            </MessageScreen>
          }
        >
          {route.name === "thoughts" ? (
            <ThoughtsScreen view="list" />
          ) : (
            <ThoughtsScreen view="record" id={route.id} />
          )}
        </Suspense>
      );
    case "admin":
      // A member is never shown that the screen exists: the same page as any unknown address.
      if (me.role === "member") return <NotFound />;
      return (
        <Suspense fallback={<Opening what="people list" />}>
          <AdminScreen me={me} />
        </Suspense>
      );
    case "join":
      return (
        <MessageScreen title="You're already signed in">
          <p>
            This link is for someone who isn't signed in yet. To use it yourself, sign out first, or
            send it to the person it is meant for. <Link href="/">Go to today's check-in</Link>
          </p>
        </MessageScreen>
      );
    default:
      return <NotFound />;
  }
}

function NotFound() {
  return (
    <MessageScreen title="Page not found">
      <p>
        There is nothing at this address. <Link href="/">Go to today's check-in</Link>
      </p>
    </MessageScreen>
  );
}
