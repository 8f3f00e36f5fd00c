import { type MouseEvent, useLayoutEffect, useRef } from "react";

interface DiscardQuestionProps {
  /** Where the question can be found again (to send focus back near it, say). */
  id?: string;
  /** What is not saved yet, said first when the place around does not say it already. */
  unsaved?: string;
  /** Two drafts would go at once: the question says so rather than seem to be about one. */
  plural?: boolean;
  /** Called before the question goes, while the pressed button is still in the page. */
  onDiscard: (event: MouseEvent<HTMLButtonElement>) => void;
  onKeep: () => void;
}

/**
 * Asked once more before words typed and not saved are let go: a tired tap must not erase a
 * paragraph written on a hard night. The one wording and behaviour for every place that asks.
 *
 * It appears in place of the button that was pressed, so it takes focus as it appears (a layout
 * effect, before the browser paints) and is read out whole; what each answer focuses next is the
 * caller's, since only it knows what is left on the page.
 */
export function DiscardQuestion({
  id,
  unsaved,
  plural = false,
  onDiscard,
  onKeep,
}: DiscardQuestionProps) {
  const question = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    question.current?.focus();
  }, []);
  return (
    <p id={id} ref={question} tabIndex={-1}>
      {unsaved === undefined ? null : `${unsaved} `}
      {plural ? "Let these drafts go for good?" : "Let this draft go for good?"}{" "}
      <button type="button" className="link-button" onClick={onDiscard}>
        Yes, discard it
      </button>{" "}
      <button type="button" className="link-button" onClick={onKeep}>
        Keep it
      </button>
    </p>
  );
}
