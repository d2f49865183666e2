'use client';

import { useEffect, useState } from 'react';
import styles from './update-prompt.module.css';
import { whenIdle } from '@/components/ui/when-idle';

/**
 * Registers the service worker (service-worker/sw.ts; production builds only) and, when a new build's
 * worker is waiting, offers "Er is een nieuwe versie — vernieuwen". The new version takes over only
 * when the student chooses it; the page then reloads under it. Progress lives in localStorage and
 * the new version reads it through its own migrations, so nothing is lost.
 */
export function UpdatePrompt() {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    let registration: ServiceWorkerRegistration | undefined;
    // A worker that installs while an older one controls the page is an update (the very first
    // worker has nothing to replace, and takes the page at once).
    const offer = (worker: ServiceWorker | null) => {
      if (worker && container.controller) setWaiting(worker);
    };
    const watch = (found: ServiceWorkerRegistration) => {
      registration = found;
      offer(found.waiting);
      found.addEventListener('updatefound', () => {
        const installing = found.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') offer(installing);
        });
      });
    };
    // Coming back to the tab is a good moment to look for a new version.
    const onVisible = () => {
      if (document.visibilityState === 'visible') registration?.update().catch(() => {});
    };
    const register = () =>
      container
        .register('/sw.js', { scope: '/', updateViaCache: 'none' })
        .then(watch)
        .catch(() => {});
    // After the page has loaded and gone quiet: precaching the course (about 935 kB) must not compete
    // with this page's own scripts and the progress store on a phone's line (docs/performance.md).
    let cancelIdle = () => {};
    const whenQuiet = () => {
      cancelIdle = whenIdle(() => void register(), 5000);
    };
    if (document.readyState === 'complete') whenQuiet();
    else window.addEventListener('load', whenQuiet, { once: true });
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('load', whenQuiet);
      cancelIdle();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  if (!waiting) return null;

  const update = () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };

  return (
    <div className={styles.updatePrompt} role="status">
      <p>
        <strong>Er is een nieuwe versie —</strong> je voortgang blijft bewaard.
      </p>
      <button type="button" className="button button-primary" onClick={update}>
        Vernieuwen
      </button>
    </div>
  );
}
