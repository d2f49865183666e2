'use client';

import type { ReactNode } from 'react';

/** Opens the browser's print for a page that is a paper sheet (the teacher's paper test and answer key). */
export function PrintPageButton({ children }: { children: ReactNode }) {
  return (
    <button type="button" className="button button-primary" onClick={() => window.print()}>
      {children}
    </button>
  );
}
