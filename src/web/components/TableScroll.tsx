import { type ReactNode, useLayoutEffect, useRef, useState } from "react";

/**
 * Holds a table that may be wider than the screen (a phone with its text at 200%), so the table
 * scrolls sideways on its own and the page does not. While it is wider, the box is a named region
 * that takes focus, so a keyboard can scroll it with the arrow keys.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [wider, setWider] = useState(false);
  useLayoutEffect(() => {
    const element = box.current;
    if (element === null) return;
    const measure = () => setWider(element.scrollWidth > element.clientWidth);
    measure();
    // The box changes with the screen, the table inside it with the text size.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  // Only while wider: a table that fits would be one more landmark and one more Tab stop.
  const scrolls = wider ? ({ role: "region", "aria-label": label, tabIndex: 0 } as const) : {};
  return (
    <div ref={box} className="table-scroll" {...scrolls}>
      {children}
    </div>
  );
}
