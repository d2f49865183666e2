/// <reference lib="webworker" />
// The service worker (issue 19), built by scripts/build-sw.mjs after `next build`: esbuild bundles
// this file with Serwist's runtime, and @serwist/build writes the precache list into it.
//
// - Precached (on install, so that one visit to any page makes the whole course work offline):
//   every static student page (lessons, glossary, /oefenen, /proeftoets, /eindtoets, /voortgang,
//   /studio, …), the offline page, the web app manifest, its icons and every file under
//   /_next/static. A precached page is served from the cache first: it changes only with a new
//   build, and then this file changes too.
// - Pages that need the server (teachers, assignments, LTI) go to the network; offline, the
//   precached Dutch offline page answers instead.
// - Nothing else is touched: API calls, the RSC requests of client-side navigation (when they fail
//   offline, Next falls back to a normal navigation, which the precache answers), POSTs.
// - Updates: a new build's worker installs in the background and waits. The page shows
//   "Er is een nieuwe versie — vernieuwen" (components/offline/update-prompt.tsx); only when the
//   student chooses it does the page send SKIP_WAITING and reload under the new worker. Progress
//   lives in localStorage, which a new version reads through its own migrations.
import { NetworkOnly, Serwist, type PrecacheEntry } from 'serwist';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const OFFLINE_PAGE = '/offline';

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true, concurrency: 6 },
  // The first worker takes the open page at once (there is nothing older to wait for); an update
  // waits for the student's word (SKIP_WAITING below).
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: {
    entries: [{ url: OFFLINE_PAGE, matcher: ({ request }) => request.mode === 'navigate' }],
  },
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

serwist.addEventListeners();
