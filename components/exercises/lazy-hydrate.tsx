'use client';

import { Suspense, use, useEffect, useId, useRef, useSyncExternalStore, type ReactNode, type RefObject } from 'react';
import { whenIdle } from '@/components/ui/when-idle';

/**
 * Hydrates its children when they come near the screen or are first used, instead of with the rest
 * of the page. A lesson has up to a dozen exercises; hydrating them all at once kept a cheap phone's
 * main thread busy for about a second after the page appeared (docs/performance.md). Until then the
 * server HTML stays as it is: readable and in place, so nothing shifts when it wakes up. (A shuffled
 * list stays hidden until its exercise knows the student's order, as it always did: exercise.css.)
 *
 * How: during hydration the children sit behind a gate, a promise React waits for inside a Suspense
 * boundary, so React leaves the boundary's server HTML alone ("dehydrated"). The gate opens when
 * - the wrapper comes within a screen of the viewport (IntersectionObserver), or
 * - a pointer, finger, key press, focus or click reaches it: a listener on `window`, in the capture
 *   phase, opens the gate before React's own listener on the document sees the event. React then
 *   hydrates the boundary on the spot (selective hydration) and hands it the event, so the first
 *   click or key press already works. A keyboard user who tabs into an exercise far down the page
 *   opens it with the focus: the element keeps the focus, as hydration reuses the DOM;
 * - a keyboard user starts using Tab: then every exercise wakes, one per idle moment, ahead of the
 *   focus (a shuffled list is hidden, and so skipped by Tab, until its exercise has hydrated).
 * A gate also waits for code the children load on demand (hydrateAfter: the exercise code, which
 * starts loading when the first exercise wakes). A click that comes before it has arrived (on a slow
 * line, on an exercise the student jumped to) wakes the exercise but does not reach it, and the
 * student clicks again.
 * Only hydration waits: when the page is rendered in the browser (a client-side navigation), the
 * children render at once.
 */
export function LazyHydrate({ children, className }: { children: ReactNode; className?: string }) {
  const id = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = wrapper.current;
    const gate = gateFor(id);
    if (!element || gate.requested || typeof IntersectionObserver !== 'function') {
      gate.open();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          gate.open();
        }
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [id]);
  return (
    <div ref={wrapper} className={className} data-hydrate={id}>
      <Suspense fallback={null}>
        <Gate id={id} wrapper={wrapper}>
          {children}
        </Gate>
      </Suspense>
    </div>
  );
}

const subscribeNever = () => () => {};
const notHydrating = () => false;
const hydrating = () => true;

function Gate({ id, wrapper, children }: { id: string; wrapper: RefObject<HTMLDivElement | null>; children: ReactNode }) {
  // True while React hydrates server HTML (it then reads the server snapshot), false in a client render.
  const isHydrating = useSyncExternalStore(subscribeNever, notHydrating, hydrating);
  // Runs once the children have hydrated: says so on the wrapper (for the browser tests and the styles).
  useEffect(() => wrapper.current?.setAttribute('data-hydrated', ''), [wrapper]);
  if (isHydrating && typeof window !== 'undefined') use<void>(gateFor(id).promise as Promise<void>);
  return children;
}

/** A promise React can read synchronously once open (the `status` field React's `use` looks at). */
type GatePromise = Promise<void> & { status: 'pending' | 'fulfilled'; value?: undefined };
/** `requested`: the gate was asked to open; it opens once the code the children need is there. */
type GateEntry = { promise: GatePromise; requested: boolean; open: () => void };

const gates = new Map<string, GateEntry>();
/** What the children need before they can hydrate: whether it is there, and how to load it. */
type Prerequisite = { ready: () => boolean; load: () => Promise<unknown> };
const prerequisites: Prerequisite[] = [];

/**
 * Code the children need before they can hydrate, when it loads on demand (the exercise code:
 * lazy-practice-exercise.tsx). A gate opens only once it is there, so React never meets a module
 * still loading halfway through hydrating a boundary. If it cannot load (the connection dropped),
 * the gate stays shut, the server HTML stays readable, and the next wake tries again.
 */
export function hydrateAfter(prerequisite: Prerequisite): void {
  prerequisites.push(prerequisite);
}

function gateFor(id: string): GateEntry {
  let gate = gates.get(id);
  if (!gate) {
    let resolve = () => {};
    const promise = new Promise<void>((done) => {
      resolve = done;
    }) as GatePromise;
    promise.status = 'pending';
    const entry: GateEntry = {
      promise,
      requested: false,
      open() {
        if (entry.requested) return;
        entry.requested = true;
        const finish = () => {
          promise.status = 'fulfilled';
          promise.value = undefined;
          resolve();
        };
        // At once when the code is there: a click or key press that opens the gate then hydrates the
        // exercise on the spot (see above) and reaches it.
        if (prerequisites.every((prerequisite) => prerequisite.ready())) finish();
        else
          Promise.all(prerequisites.map((prerequisite) => prerequisite.load())).then(finish, () => {
            entry.requested = false;
          });
      },
    };
    gate = entry;
    gates.set(id, gate);
  }
  return gate;
}

/** Opens the gate of the wrapper an event lands in, before React's listener on the document runs. */
function openOnUse(event: Event) {
  if (!(event.target instanceof Element)) return;
  const id = event.target.closest('[data-hydrate]')?.getAttribute('data-hydrate');
  if (id) gateFor(id).open();
  if (event.type === 'keydown' && (event as KeyboardEvent).key === 'Tab') wakeOneByOne();
}

let waking = false;

/**
 * A keyboard user moves through the page Tab by Tab, and a shuffled list is hidden (so not reachable
 * by Tab) until its exercise has hydrated and knows the student's order (exercise.css). So the first
 * Tab wakes every exercise on the page, one per idle moment, ahead of the focus.
 */
function wakeOneByOne() {
  if (waking) return;
  waking = true;
  const next = () => {
    const asleep = [...document.querySelectorAll('[data-hydrate]')]
      .map((wrapper) => gateFor(wrapper.getAttribute('data-hydrate')!))
      .find((gate) => !gate.requested);
    waking = asleep !== undefined;
    if (!asleep) return;
    asleep.open();
    whenIdle(next, 300);
  };
  next();
}

if (typeof window !== 'undefined') {
  for (const type of ['pointerdown', 'touchstart', 'mousedown', 'keydown', 'focusin', 'click']) {
    window.addEventListener(type, openOnUse, { capture: true, passive: true });
  }
}
