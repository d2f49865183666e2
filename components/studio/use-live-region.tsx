'use client';

import { useCallback, useState } from 'react';

// The studio's polite live region, as components/exercises/use-announcer.tsx. A copy on purpose:
// importing that module from a studio page moves it into a chunk of its own, and every lesson page's
// first-load JavaScript grows (by about 0.2 kB gzip); the issue says it must not.

/** A polite status for screen readers; the same message twice is still read (a toggled no-break space). */
export function useLiveRegion() {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    setMessage((previous) => (previous === text ? `${text}\u00a0` : text));
  }, []);
  const region = (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
  return { announce, region };
}
