import { useCallback, useLayoutEffect, useState } from "react";

/**
 * Moves focus once the screen has drawn what an action changed. A button that removes itself (or
 * the form around it) would otherwise drop the keyboard to the page body, and a screen reader
 * would be left nowhere. Give the places to try in order: the first one on the page gets focus,
 * so a fallback (a section heading, say) covers a step that did not appear.
 *
 * Focus moves as soon as the change is in the page, before the browser paints it (a layout
 * effect): with Preact an ordinary effect waits a frame, and in that frame the keyboard sat on
 * the page body, where a key pressed or a re-render could leave it (the plan's "Back" was seen
 * to lose focus so, about one run in six).
 */
export function useFocusAfterRender(
  /** Places to focus once the component is first drawn (a form's first field, say). */
  onMount: readonly string[] | null = null,
): (...ids: string[]) => void {
  const [targets, setTargets] = useState<readonly string[] | null>(onMount);
  useLayoutEffect(() => {
    if (targets === null) return;
    setTargets(null);
    for (const id of targets) {
      const element = document.getElementById(id);
      if (element) {
        element.focus();
        return;
      }
    }
  }, [targets]);
  return useCallback((...ids: string[]) => setTargets(ids), []);
}
