/**
 * For a note or a question that closes itself, taking the pressed button with it: focus goes on
 * to the screen's heading (its one `<h1>`, which takes focus as after any move), rather than
 * falling to the page, where a screen reader is left with nothing to say. Call it before the
 * note goes, while `from` is still in the page; the heading stays.
 */
export function focusScreenHeading(from: Element): void {
  from.closest("main")?.querySelector<HTMLElement>("h1")?.focus();
}
