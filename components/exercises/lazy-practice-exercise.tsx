'use client';

import { use, type ComponentProps } from 'react';
import { hydrateAfter } from './lazy-hydrate';
import type { PracticeExercise as Eager } from './practice-exercise';
// The exercises' styles come with the page, not with the code that loads later: the server HTML of an
// exercise must look as it will once it wakes, or the page would shift.
import './exercise.css';

type Props = ComponentProps<typeof Eager>;

let loaded: typeof Eager | null = null;
let loading: Promise<void> | null = null;

/** Loads the exercise code (a chunk of its own, about 11 kB gzip) once; after a failure, again. */
function load(): Promise<void> {
  loading ??= import('./practice-exercise').then(
    (module) => {
      loaded = module.PracticeExercise;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

// A lesson page does not need the exercise code for its first paint: its exercises are server HTML
// until they come near the screen or are used (LazyHydrate). So the code is not part of the page's
// first-load JavaScript: it loads when the first exercise wakes (a screen ahead of the reader, or on
// the first Tab), and an exercise hydrates only once it is there (hydrateAfter). Loading it on an idle
// moment after load instead cost a cheap phone about 600 ms of blocked main thread (Lighthouse TBT)
// for code a student who only reads never uses.
// On the server it starts loading at once, so that a render rarely has to wait for it. (Lesson pages
// are prerendered at build time, which waits in any case. Their exercises still sit at the end of the
// HTML, as hidden segments that React's inline script moves into place in a later frame: React does
// that with every finished Suspense boundary over 500 bytes once the first 12,800 bytes of the page
// are written, so that the top of the page can paint sooner.)
if (typeof window === 'undefined') void load();
else hydrateAfter({ ready: () => loaded !== null, load });

/**
 * A lesson exercise whose code loads on demand: PracticeExercise. While hydrating, its LazyHydrate
 * gate opens only once the code is there; in a client-side navigation it renders as soon as it is.
 */
export function LazyPracticeExercise(props: Props) {
  if (!loaded) use(load());
  const Exercise = loaded!;
  return <Exercise {...props} />;
}
