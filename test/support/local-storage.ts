import { vi } from "vitest";

/**
 * A page's local storage, as much as the draft store uses, put where the browser keeps it
 * (`window.localStorage`) so the store's own code runs in a unit test. Undo with
 * `vi.unstubAllGlobals()`.
 */
export function fakeLocalStorage(): Storage {
  const items = new Map<string, string>();
  const store: Storage = {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, String(value));
    },
    removeItem: (key) => {
      items.delete(key);
    },
    clear: () => items.clear(),
  };
  vi.stubGlobal("window", { localStorage: store });
  return store;
}
