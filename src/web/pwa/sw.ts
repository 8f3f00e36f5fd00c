import { clientsClaim } from "workbox-core";
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  type PrecacheEntry,
  precacheAndRoute,
} from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { NetworkFirst } from "workbox-strategies";
import { CRISIS_CACHE, CRISIS_PATHS } from "./cache-names.js";
import { notificationPath, openMessage, windowFor } from "./notification-target.js";

type Extendable = Event & { waitUntil(promise: Promise<unknown>): void };

/** An open Reconnect window, as the worker sees it. */
interface WindowClient {
  url: string;
  focus(): Promise<unknown>;
  postMessage(message: unknown): void;
}

/** The few parts of the worker's global scope used here (the project's types are the page's). */
interface WorkerScope {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  location: Location;
  skipWaiting(): Promise<void>;
  clients: {
    matchAll(options: { type: "window"; includeUncontrolled: boolean }): Promise<WindowClient[]>;
    openWindow(url: string): Promise<unknown>;
  };
  addEventListener(type: "install", listener: (event: Extendable) => void): void;
  addEventListener(
    type: "notificationclick",
    listener: (event: Extendable & { notification: Notification }) => void,
  ): void;
}
const worker = self as unknown as WorkerScope;

// A new release takes over at once, so the next navigation gets the new app and never a stale one
// that can no longer talk to the server.
void worker.skipWaiting();
clientsClaim();

// The app shell and every screen's chunk (lessons included), listed at build time with their
// hashes; files of older releases are deleted once this one is in charge.
// Written as `self.__WB_MANIFEST`, the exact words the build replaces with that list.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST);
cleanupOutdatedCaches();

// Crisis help first: the page with the lines of this browser's region (the request carries its
// Accept-Language) is fetched as soon as the worker installs, not only once someone opened it.
worker.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CRISIS_CACHE).then((cache) => cache.addAll([...CRISIS_PATHS])));
});

// Fresh when the network answers within a few seconds, the kept copy otherwise: on a bad
// connection help appears without a long wait. Any region asked for falls back to the kept page.
registerRoute(
  ({ url }) => (CRISIS_PATHS as readonly string[]).includes(url.pathname),
  new NetworkFirst({
    cacheName: CRISIS_CACHE,
    networkTimeoutSeconds: 3,
    matchOptions: { ignoreSearch: true },
    // One copy per address, whatever screen the page was opened from (`?from=`): the cache
    // stays one page big, and holds no list of the screens a person left for help.
    plugins: [
      {
        cacheKeyWillBeUsed: async ({ request }) => {
          const url = new URL(request.url);
          return `${url.origin}${url.pathname}`;
        },
      },
    ],
  }),
);

// The app's own addresses open the kept app shell. The server's own pages (the crisis page, the
// supporter guide, share cards), the API and files are never answered with it.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL("/index.html"), {
    denylist: [/^\/api\//, /^\/crisis/, /^\/support/, /^\/s\//, /^\/healthz/, /\.[^/]*$/],
  }),
);

// A reminder clicked: the screen it is about, in a window already open when there is one (no second
// copy of the app), or in a new one.
worker.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const path = notificationPath(event.notification.data);
  event.waitUntil(openReminder(path));
});

async function openReminder(path: string): Promise<void> {
  const windows = await worker.clients.matchAll({ type: "window", includeUncontrolled: true });
  const origin = worker.location.origin;
  const chosen = windowFor(
    windows.map((client) => client.url),
    origin,
    path,
  );
  const client = chosen === null ? undefined : windows[chosen];
  if (client === undefined) {
    await worker.clients.openWindow(path);
    return;
  }
  // Moved by the app itself, so the screen changes as any link would, with nothing reloaded; a
  // window already there stays as it is.
  client.postMessage(openMessage(path));
  await client.focus();
}
