'use client';

import { useCallback, useState } from 'react';

/**
 * A polite live region for screen-reader messages ("Opgepakt…", "Neergezet…"). The same message
 * twice in a row is still read: a toggled invisible character makes the text differ.
 */
export function useAnnouncer() {
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
