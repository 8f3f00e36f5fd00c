import { vi } from "vitest";

/** Where the fake's requests live, so a kept address reads back as the page's own would. */
const ORIGIN = "https://reconnect.test";

function keyOf(request: RequestInfo | URL): string {
  const address = request instanceof Request ? request.url : request.toString();
  const url = new URL(address, ORIGIN);
  return `${url.pathname}${url.search}`;
}

/**
 * The browser's Cache Storage, as much as the offline copies use, in memory and shared by every
 * "tab" (module instance) of one test, put where the page finds it (`caches`) so the copies' own
 * code runs in a unit test. Undo with `vi.unstubAllGlobals()`.
 */
export function fakeCacheStorage(): Map<string, Map<string, Response>> {
  const named = new Map<string, Map<string, Response>>();
  const cacheOf = (entries: Map<string, Response>) => ({
    match: async (request: RequestInfo | URL) => entries.get(keyOf(request))?.clone(),
    put: async (request: RequestInfo | URL, response: Response) => {
      entries.set(keyOf(request), response.clone());
    },
    delete: async (request: RequestInfo | URL) => entries.delete(keyOf(request)),
    keys: async () => [...entries.keys()].map((key) => new Request(new URL(key, ORIGIN))),
  });
  vi.stubGlobal("caches", {
    open: async (name: string) => {
      let entries = named.get(name);
      if (entries === undefined) {
        entries = new Map();
        named.set(name, entries);
      }
      return cacheOf(entries);
    },
    delete: async (name: string) => named.delete(name),
    keys: async () => [...named.keys()],
  });
  return named;
}
