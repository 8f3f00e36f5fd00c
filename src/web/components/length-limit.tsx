import { type FormEvent, type ReactElement, useState } from "react";
import { counted } from "../../core/text/counted.js";
import { lengthHint } from "./length-hint.js";

/** How near its limit a box starts to say the room left: within the last fifth of it. */
const NEAR_SHARE = 0.2;

export interface LengthLimitOptions {
  /** The box's id; the words said about it take their ids from it. */
  id: string;
  value: string;
  /**
   * The server's own limit for this text (its zod schema's). The box takes at most this many
   * UTF-16 units (a browser's `maxLength`, an emoji as two), never more than the server keeps
   * (code points, an emoji as one), and the words count as the box does, so they say "full"
   * exactly when the box stops taking letters. Counting what a person sees instead (a family
   * emoji is one, yet 11 units and 7 code points) would promise room the server does not give:
   * the room left in those depends on what is typed next.
   */
  max: number;
  /** What the box holds, as it reads in a sentence: "a name", "this box". */
  holder: string;
  /** Said at the limit in place of the usual words, by a box with more to say (where the rest can go). */
  fullWords?: string;
  /**
   * True while the box holds what it kept of the last thing typed or pasted, which did not fit
   * whole (`keepWholeCharacters`): it can stop short of its limit, an emoji of several
   * characters having no room, and must not then say only that there is room.
   */
  cut?: boolean;
}

/** What is said under a box about its length; each part undefined when there is nothing to say. */
export interface LengthWords {
  /** Near the limit: how many more characters fit. */
  room: string | undefined;
  /** At the limit (nothing past it was taken) or past it (kept from before, and too long to save). */
  full: string | undefined;
}

export function lengthWords({
  value,
  max,
  holder,
  fullWords,
  cut = false,
}: Omit<LengthLimitOptions, "id">): LengthWords {
  const used = value.length;
  // Only words kept from before get past the box's limit (a draft, or text from another device):
  // it takes no more from the keyboard or a paste. Too long is what the server refuses, counted
  // as it counts, in code points; such words under that are kept, and the box is only full.
  const over = used > max ? [...value].length - max : 0;
  if (over > 0) {
    return {
      room: undefined,
      full: `This is ${over.toLocaleString()} ${over === 1 ? "character" : "characters"} longer than ${holder} can hold (${max.toLocaleString()} characters). Shorten it a little, and it can be saved.`,
    };
  }
  // Kept from before and past the box's count but not the server's (emoji count two in the box):
  // full, and nothing was cut, so it must not say anything was left out.
  if (used > max) {
    return {
      room: undefined,
      full: `That's the most ${holder} can hold (${max.toLocaleString()} characters). All of it is kept, and it can be saved.`,
    };
  }
  if (used === max) return { room: undefined, full: fullWords ?? lengthHint(max, max, holder) };
  if (cut) {
    return {
      room: undefined,
      full: `There's room for ${counted(max - used, "more character")} in ${holder}, so the rest wasn't added. Some emoji count as several characters.`,
    };
  }
  const near = max - used <= Math.ceil(max * NEAR_SHARE);
  return { room: near ? lengthHint(used, max, holder) : undefined, full: undefined };
}

/**
 * The start of `text` that fits in `room` UTF-16 units, ending between two characters as a person
 * sees them. A browser's `maxLength` cuts anywhere but inside a surrogate pair: a family emoji
 * (man, woman, girl, boy joined by zero-width joiners) became a man and a dangling joiner, a
 * flag a lone letter in a box, a thumbs-up lost its skin tone. The server would keep any of
 * those, so a person's words would be saved changed.
 */
export function wholeCharactersThatFit(text: string, room: number): string {
  if (text.length <= room) return text;
  let fit = "";
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(
    text,
  )) {
    if (fit.length + segment.length > room) break;
    fit += segment;
  }
  return fit;
}

/**
 * Puts `fit` in place of the box's text from `start` to `end` through the browser's own editing,
 * so Undo takes it back in one step and Redo puts it back, as with a paste the browser makes
 * itself. Text set by a script is not on Undo's list: after a paste cut to fit, Undo left the
 * paste in place, and Redo then added the words typed before it a second time (Chromium). Returns
 * false when the browser would not, and nothing was put in.
 */
function insertAsTheBrowserDoes(
  box: HTMLInputElement | HTMLTextAreaElement,
  fit: string,
  start: number,
  end: number,
): boolean {
  // The command edits whatever has focus: a box without it (an event sent by a script) is left
  // to the caller, lest the text land in another box.
  if (box.ownerDocument.activeElement !== box) return false;
  // Setting the selection where it already is ends the typing before it: without this, the
  // insert joined the words typed just before, and one Undo took back both.
  box.setSelectionRange(start, end);
  // Still the way to make an undoable edit in a text box from a script. Seen working in Chromium;
  // Firefox keeps the command too, untried here, and a browser that refuses it (false) gets the
  // caller's insert without Undo, as before. Chromium sends no `beforeinput` for it (one sent
  // would find that the text fits, and let it be), and sends its `input` at once for a paste, but
  // only after this event for typed text (as from an input method): Preact drew the box again
  // first, with the screen's text from before, and the insert was lost. So the screen's onChange
  // is told here when it has not been; the browser's own `input`, when it comes, brings the same
  // text.
  let told = false;
  const heard = () => {
    told = true;
  };
  box.addEventListener("input", heard);
  const done = box.ownerDocument.execCommand("insertText", false, fit);
  box.removeEventListener("input", heard);
  if (done && !told) {
    box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
  }
  return done;
}

/**
 * For a box's `beforeinput`: text typed or pasted that does not fit whole is put in as far as it
 * fits in whole characters, in place of the browser's cut. Returns the box's text when something
 * was left out, so the box can say so; otherwise undefined, and the browser goes on. Left to the
 * browser: a composition (an input method still choosing its characters); a drop, which lands
 * where it is dropped, not at the caret; line breaks pasted into a one-line box, which the browser
 * takes out or turns into spaces as it inserts; and an insert it says cannot be stopped.
 */
export function keepWholeCharacters(event: FormEvent<Element>): string | undefined {
  const box = event.currentTarget;
  const input = event.nativeEvent;
  if (!(box instanceof HTMLInputElement || box instanceof HTMLTextAreaElement)) return undefined;
  if (!(input instanceof InputEvent) || input.isComposing || box.maxLength < 0) return undefined;
  if (!input.cancelable || !["insertText", "insertFromPaste"].includes(input.inputType)) {
    return undefined;
  }
  const given = input.data ?? input.dataTransfer?.getData("text/plain") ?? "";
  if (box instanceof HTMLInputElement && /[\r\n]/.test(given)) return undefined;
  // A text area keeps a Windows line break (\r\n) as one \n: measured as kept, not as sent.
  const text = given.replace(/\r\n?/g, "\n");
  const start = box.selectionStart ?? box.value.length;
  const end = box.selectionEnd ?? start;
  const room = box.maxLength - (box.value.length - (end - start));
  if (text.length <= room) return undefined;
  event.preventDefault();
  const fit = wholeCharactersThatFit(text, room);
  if (fit !== "" && !insertAsTheBrowserDoes(box, fit, start, end)) {
    // As the browser's own insert would: the screen's onChange keeps the new text.
    box.setRangeText(fit, start, end, "end");
    box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: input.inputType }));
  }
  return box.value;
}

/** One box's length, as every short text in the app shows it. */
export interface LengthLimit {
  /** For the box: the browser takes no more than the server keeps. */
  maxLength: number;
  /** Ids to add to the box's `aria-describedby`, so the words are heard with the box. */
  describedBy: string[];
  /** The words, to draw right after the box. */
  note: ReactElement;
}

/**
 * The room left as a box nears its limit, and a plain word when a paste or typing ran into it:
 * a box with a `maxLength` drops the rest of a paste without a sound, and a tired person would
 * never know the end of their words was gone. What a box is drawn with; a box takes it through
 * `useLengthLimit`, which also keeps its emoji whole.
 */
export function lengthLimit(options: LengthLimitOptions): LengthLimit {
  const { room, full } = lengthWords(options);
  const roomId = `${options.id}-room`;
  const fullId = `${options.id}-full`;
  return {
    maxLength: options.max,
    describedBy: [room === undefined ? "" : roomId, full === undefined ? "" : fullId].filter(
      (id) => id !== "",
    ),
    note: (
      <>
        {/* Not live: read with the box, and seen, but not spoken at every letter typed. */}
        {room === undefined ? null : (
          <p id={roomId} className="hint length-room">
            {room}
          </p>
        )}
        {/* Always drawn, empty until the limit, so a screen reader hears the words the moment
            they appear, politely, after what was typed or pasted. */}
        <p id={fullId} className="hint length-full" aria-live="polite">
          {full ?? ""}
        </p>
      </>
    ),
  };
}

/** `aria-describedby` from its parts, or none when nothing describes the box. */
export function describedBy(...ids: (string | undefined)[]): string | undefined {
  const joined = ids.filter((id) => id !== undefined && id !== "").join(" ");
  return joined === "" ? undefined : joined;
}

/** What a box with a limit takes as its own props, spread together so neither goes missing. */
export interface LengthLimitedBox {
  /** The browser takes no more than the server keeps. */
  maxLength: number;
  /**
   * What is typed or pasted past the limit is cut between whole characters, not by the browser,
   * whose own cut split an emoji into another one (`keepWholeCharacters`).
   */
  onBeforeInput: (event: FormEvent<Element>) => void;
}

/** One box's length, as a box with a limit is drawn: its props, its describers and its words. */
export interface UsedLengthLimit {
  box: LengthLimitedBox;
  /** Ids to add to the box's `aria-describedby`, so the words are heard with the box. */
  describedBy: string[];
  /** The words, to draw right after the box. */
  note: ReactElement;
}

/**
 * A box's limit, with the cut between whole characters and the word that something was cut.
 * Every box with a limit takes it here: boxes drawn with `lengthLimit` alone kept the browser's
 * cut, which saved a different emoji than the one pasted. Undefined options (a box that has no
 * limit) give undefined, so a component can call it whether or not its box has one.
 */
export function useLengthLimit(options: Omit<LengthLimitOptions, "cut">): UsedLengthLimit;
export function useLengthLimit(
  options: Omit<LengthLimitOptions, "cut"> | undefined,
): UsedLengthLimit | undefined;
export function useLengthLimit(
  options: Omit<LengthLimitOptions, "cut"> | undefined,
): UsedLengthLimit | undefined {
  // The box's text just after something typed or pasted was cut to fit; its words say so while
  // the text stays as it was cut.
  const [cutTo, setCutTo] = useState<string | undefined>(undefined);
  if (options === undefined) return undefined;
  const { maxLength, describedBy, note } = lengthLimit({
    ...options,
    cut: cutTo !== undefined && cutTo === options.value,
  });
  return {
    box: { maxLength, onBeforeInput: (event) => setCutTo(keepWholeCharacters(event)) },
    describedBy,
    note,
  };
}
