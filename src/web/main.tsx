// The page's entry, kept tiny on purpose: it starts the requests the screen will make (the
// session, the day's check-in, the history range) and only then loads the app, so the network
// answers while the app's script downloads rather than after it has run
// (docs/ARCHITECTURE.md, "Early requests"). Nothing else may be imported here: every import is
// waited on before the first line runs.
import { startEarly } from "./app/early-requests.js";
import { nextTask } from "./app/next-task.js";
import { startScreenModule } from "./app/screen-modules.js";
import { scrollBackWhenDrawn } from "./app/scroll-back.js";
import { warmDateFormats } from "./dates/lazy-date-format.js";
import { keepFirstFrameHelp } from "./first-frame-help.js";
import "./styles.css";
// Loaded here (it is in the entry's own file, vite.config.ts) so the check-in screen's day
// names are among the date formats warmed below.
import "./components/day-name.js";

// First of all: "Get help now" in the page's frame reaches help even if the app never arrives.
keepFirstFrameHelp();
// Before the load event, when the browser would put back the scroll of a page reloaded.
scrollBackWhenDrawn();
startEarly(window.location.pathname);
// The screen's own file, when it has one, downloads beside the app's script, not after it.
startScreenModule(window.location.pathname);

// The app's files are named in the page as module preloads (vite.config.ts), so they download
// beside this one, not after it.
// The app's first render waits one task after its files are run, so running them (zod building
// schemas, Preact) and drawing its frame are two tasks, neither as long as both.
void import("./start-app.js").then(async ({ startApp }) => {
  await nextTask();
  startApp(new URL(import.meta.url).pathname);
});

// The requests are on their way: date formats are built while the app's script downloads, each
// in a task of its own, rather than inside the app's first render.
warmDateFormats();
