import { type ReactNode, useEffect, useState } from "react";
import { afterPaint } from "../app/next-task.js";

/**
 * Draws its children a frame after what surrounds them, with `fallback` in their place until
 * then. For the heavy parts below a screen's largest words: drawn in the same task, charts and
 * tables hold back the paint of the words a person reads first (insights, issue 13).
 */
export function AfterPaint({
  children,
  fallback = null,
}: {
  children: ReactNode;
  fallback?: ReactNode;
}) {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let live = true;
    void afterPaint().then(() => {
      if (live) setPainted(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return <>{painted ? children : fallback}</>;
}
