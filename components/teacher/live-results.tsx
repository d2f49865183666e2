'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

/** How often an open results page asks whether anything changed. */
export const POLL_MS = 12_000;
/** The longest wait after errors in a row. */
const MAX_WAIT_MS = 5 * 60_000;

type Live = 'live' | 'retrying' | 'stopped';

const TEXT: Record<Live, string> = {
  live: 'Deze pagina werkt zichzelf bij terwijl je hem open hebt.',
  retrying: 'Bijwerken lukt even niet. We proberen het zo opnieuw.',
  stopped: 'Deze pagina werkt zichzelf niet meer bij. Laad de pagina opnieuw.',
};

/**
 * Keeps a results page up to date: while the tab is visible it asks `url` for a stamp of the
 * results every POLL_MS, and re-renders the page on the server (router.refresh: scroll, focus and
 * open disclosures stay) only when the stamp changed. After an error it waits twice as long; when
 * the teacher is logged out or the assignment is gone it stops.
 */
export function LiveResults({ url, stamp }: { url: string; stamp: string }) {
  const router = useRouter();
  const routerRef = useRef(router);
  const [live, setLive] = useState<Live>('live');
  useEffect(() => {
    routerRef.current = router;
  }, [router]);

  useEffect(() => {
    let wait = POLL_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let asking = false;

    const schedule = () => {
      clearTimeout(timer);
      if (!stopped && document.visibilityState === 'visible') timer = setTimeout(() => void ask(), wait);
    };
    const ask = async () => {
      if (asking || stopped || document.visibilityState !== 'visible') return;
      asking = true;
      try {
        const response = await fetch(url, { cache: 'no-store', headers: { accept: 'application/json' } });
        if ([401, 403, 404].includes(response.status)) {
          stopped = true;
          setLive('stopped');
          return;
        }
        if (!response.ok) throw new Error(`status ${response.status}`);
        const body = (await response.json()) as { stamp?: unknown };
        wait = POLL_MS;
        setLive('live');
        if (typeof body.stamp === 'string' && body.stamp !== stamp) routerRef.current.refresh();
      } catch {
        wait = Math.min(wait * 2, MAX_WAIT_MS);
        setLive('retrying');
      } finally {
        asking = false;
        schedule();
      }
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void ask();
      else clearTimeout(timer);
    };

    schedule();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [url, stamp]);

  return (
    <p role="status" className="muted" data-live={live}>
      {TEXT[live]}
    </p>
  );
}
