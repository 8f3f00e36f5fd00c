import { areaLabels } from "../../../core/plan/activity.schema.js";
import type { ActivityView } from "../../../core/plan/plan-api.schema.js";
import { isolatedWithFullStop } from "../../../core/text/full-stop.js";
import { isolated } from "../../../core/text/isolated.js";

/*
 * The Plan screen's own sentences around a step or activity the person named, said in its status
 * lines and on its buttons. Kept here, apart from the screens, so what each one says can be read
 * and tested without drawing them. The person's words go in isolated: a title ending in a
 * right-to-left override left open turned every word of ours after it backwards.
 */

type Titled = Pick<ActivityView, "title">;

/** Said once an activity is hidden from suggestions, or shown again. */
export function hiddenWords(activity: Titled, hidden: boolean): string {
  return hidden
    ? `Hidden: ${isolated(activity.title)}. It won't be suggested. You can show it again under Hidden.`
    : `${isolated(activity.title)} is back, and can be suggested again.`;
}

/** Said once an own activity is changed. */
export function savedWords(activity: Titled): string {
  return `Saved: ${isolated(activity.title)}.`;
}

/**
 * Said before the question that lets unsaved words go (see DiscardQuestion), so another own
 * activity can be edited or a new one added: which words would go, the change to `change`, the
 * new activity not added yet, or both.
 */
export function unsavedWords(change: Titled | undefined, adding: boolean): string {
  const changed = change && `Your changes to ${isolated(change.title)} aren't saved yet`;
  if (changed === undefined) return "Your new activity isn't added yet.";
  return adding ? `${changed}, and your new activity isn't added yet.` : `${changed}.`;
}

/** Said once an own activity is added, with where to find it. */
export function addedWords(activity: Pick<ActivityView, "title" | "area">): string {
  return `Added: ${isolated(activity.title)}. It's listed under ${areaLabels[activity.area]}.`;
}

/** A button's or form's name for what it does with one step: "Plan: Walk", "I did it: Walk". */
export function actionOn(action: string, title: string): string {
  return `${action}: ${isolated(title)}`;
}

const OUTCOME_WORDS = {
  done: "Marked done",
  "let-go": "Let go for now",
  planned: "Planned again",
} as const;

/** Said once a step is marked done, let go, or planned again after being let go. */
export function outcomeWords(outcome: keyof typeof OUTCOME_WORDS, title: string): string {
  return `${OUTCOME_WORDS[outcome]}: ${isolatedWithFullStop(title)}`;
}

/** Said once a step is planned, here or on another screen: what, and which day. */
export function plannedWords(title: string | undefined, day: string): string {
  return `Planned: ${title === undefined ? "your step" : isolated(title)}, ${day}.`;
}

/**
 * An idea's small print: its first step (the words beyond the title, firstStepBeyondTitle) and how
 * long it takes, or only how long when the first step adds nothing.
 */
export function ideaHint(firstStep: string | null, minutes: number): string {
  return firstStep === null
    ? `About ${minutes} min`
    : `First step: ${isolated(firstStep)} · about ${minutes} min`;
}
