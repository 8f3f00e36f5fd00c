// "Get help now" in the page's first frame (index.html), before the app has drawn its own: the
// app's script may still be downloading on a slow phone, or never come when the network drops.
// Without this, a tap with no service worker and no network led to the browser's error page.
// No React and no zod: this runs from the page's tiny entry, so it must stay small. The lines
// are every region's (a few hundred bytes gzipped), because with no network they cannot be asked
// for; of the lines' file, only the lines (its note and date stay out, vite.config.ts).
import { emergencyLinks, resourceLinks } from "../core/crisis/contact-links.js";
import { pickRegion } from "../core/crisis/region-pick.js";
import lines from "../core/crisis/resources.json" with { type: "json" };
import {
  askedForMore,
  askingNow,
  controlledByWorker,
  crisisPageAnswers,
  goToCrisisPage,
  openingHelpSign,
  showOpeningHelp,
} from "./components/crisis/crisis-page-reach.js";
import { isPointerTap, TAP_THROUGH_MS } from "./components/tap-through.js";

// The browser's build carries only these two fields of the file (`jsonFields`, vite.config.ts):
// typed so, the first frame cannot read the fields left out.
const data: Pick<typeof lines, "fallback" | "regions"> = lines;
const regions = new Map(Object.entries(data.regions));

/** The region's lines, picked from the browser's languages as the server picks them. */
function linesHere(): { emergency: string; resources: (typeof data.fallback.resources)[number][] } {
  const code = pickRegion(navigator.languages ?? [navigator.language], regions);
  return regions.get(code) ?? data.fallback;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const made = Object.assign(document.createElement(tag), props);
  made.append(...children);
  return made;
}

function contactButtons(links: ReturnType<typeof emergencyLinks>): HTMLElement {
  return element(
    "span",
    { className: "contact-buttons" },
    ...links.map((link) =>
      element(
        "a",
        {
          className: link.kind === "call" ? "contact-button" : "contact-button text",
          href: link.href,
        },
        link.label,
      ),
    ),
  );
}

/**
 * The same help the app's sheet gives (HelpSheet), drawn without the app: a modal dialog with the
 * region's lines and the emergency advice, focus on its title, Close or Esc back to the link.
 */
function helpDialog(): HTMLDialogElement {
  const here = linesHere();
  const heading = element(
    "h2",
    { id: "first-frame-help-title", tabIndex: -1 },
    "People you can reach now",
  );
  const close = element(
    "button",
    { type: "button", className: "secondary help-sheet-close" },
    "Close",
  );
  const dialog = element(
    "dialog",
    { className: "help-sheet" },
    element("div", { className: "help-sheet-bar" }, heading, close),
    element(
      "p",
      {},
      "The full help page can't open just now, so here is help right where you are. These lines are free and confidential.",
    ),
    element(
      "ul",
      { className: "crisis-card-lines" },
      ...here.resources.map((line) =>
        element(
          "li",
          {},
          element("strong", {}, line.name),
          "hours" in line && line.hours ? ` · ${line.hours}` : "",
          contactButtons(resourceLinks(line)),
        ),
      ),
    ),
    element(
      "p",
      { className: "crisis-emergency" },
      `In danger right now? Call ${here.emergency}.`,
      contactButtons(emergencyLinks(here.emergency)),
    ),
  );
  dialog.setAttribute("aria-labelledby", heading.id);
  close.addEventListener("click", () => dialog.close());
  // The dialog opens under the finger: a call started by a double tap's second half is not meant.
  dialog.addEventListener(
    "click",
    (event) => {
      if (!isPointerTap(event) || performance.now() - shownAt > TAP_THROUGH_MS) return;
      const link = event.target instanceof Element ? event.target.closest("a") : null;
      if (link) event.preventDefault();
    },
    true,
  );
  document.body.append(dialog);
  return dialog;
}

let dialog: HTMLDialogElement | undefined;
let shownAt = 0;
let opener: HTMLElement | undefined;

function showHelp(link: HTMLElement): void {
  if (!dialog) {
    dialog = helpDialog();
    dialog.addEventListener("close", () => {
      // Back to the link that opened it; once the app has drawn its own frame, to the app's.
      const back = opener?.isConnected ? opener : document.querySelector<HTMLElement>(".help-link");
      back?.focus();
    });
  }
  opener = link;
  if (dialog.open) return;
  dialog.showModal();
  shownAt = performance.now();
  // The title first, so a screen reader says where the person now is.
  dialog.querySelector("h2")?.focus();
}

/**
 * Makes the first frame's links to the crisis page (marked `data-first-frame`) reach help in every
 * state: once the service worker is in charge, or when the server answers, they go to the page
 * as plain links; otherwise the help opens over the screen. The app's own links are never these.
 */
export function keepFirstFrameHelp(): void {
  let asking = false;
  // The page's one "Opening help…" sign, made now, well before any tap writes to it, so screen
  // readers know it is there; the app's links write to the same one once it has drawn its frame.
  openingHelpSign();
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    if (
      !(link instanceof HTMLAnchorElement) ||
      !link.hasAttribute("data-first-frame") ||
      askedForMore(event) ||
      controlledByWorker()
    ) {
      return;
    }
    event.preventDefault();
    if (asking || askingNow()) return;
    asking = true;
    link.setAttribute("aria-busy", "true");
    const signDone = showOpeningHelp();
    const notThere = () => {
      asking = false;
      link.removeAttribute("aria-busy");
      signDone();
      showHelp(link);
    };
    void crisisPageAnswers(link.href).then((answers) => {
      // Should the page, allowed, never come, the lines open here and the links are ready again.
      if (answers) goToCrisisPage(link.href, notThere);
      else notThere();
    });
  });
}
