import { vi } from "vitest";

/**
 * A `Storage` over `items`, as much of one as the draft store uses. Whoever keeps `items` sees
 * what is written, so a test can hand the same items to a page "reloaded" in the same tab.
 */
export function mapStorage(items: Map<string, string> = new Map()): Storage {
  return {
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
}

/**
 * A page's local storage, as much as the draft store uses, put where the browser keeps it
 * (`window.localStorage`) so the store's own code runs in a unit test. Undo with
 * `vi.unstubAllGlobals()`.
 */
export function fakeLocalStorage(): Storage {
  const store = mapStorage();
  vi.stubGlobal("window", { localStorage: store });
  return store;
}
