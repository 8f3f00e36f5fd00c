import type { ReactNode } from "react";
import { ScreenHeading } from "./ScreenHeading.js";

/** A screen that only says one thing: loading, a wrong address, a day that has not come yet. */
export function MessageScreen({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="screen">
      <ScreenHeading title={title}>{title}</ScreenHeading>
      {children}
    </div>
  );
}
