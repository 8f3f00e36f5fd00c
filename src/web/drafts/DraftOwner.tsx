import { createContext, useContext } from "react";
import { draftKey } from "./draft-store.js";

/** The signed-in person's id, so one person's drafts are never shown to another on a shared device. */
export const DraftOwner = createContext<string | null>(null);

/** The key a screen keeps its draft under, or null when nobody is signed in (nothing is kept). */
export function useDraftKey(screen: string, item?: string): string | null {
  const owner = useContext(DraftOwner);
  return owner === null ? null : draftKey(screen, owner, item);
}
