'use client';

import Link from '@/components/ui/link';
import { useProgress } from '@/components/progress/progress-provider';
import { countOf } from '@/lib/format/plural';
import { dueReviewCount } from '@/lib/progress/due-count';

/**
 * "Oefenen" in the site's navigation, with the number of reviews due on a badge; the link then
 * reads "Oefenen, 3 herhalingen klaar" (a label: text in an out-of-flow badge would be read with a
 * stray space). On every page, so it stays tiny (no scheduler: the due dates are read as saved);
 * the badge sits over the link's corner (app/layout.module.css), so nothing moves when it appears.
 */
export function PracticeLink({ className }: { className?: string }) {
  const due = useProgress((state) => (state.loaded ? dueReviewCount(state.progress, new Date()) : 0), 0);
  return (
    <Link
      href="/oefenen"
      className={className}
      aria-label={due > 0 ? `Oefenen, ${countOf(due, 'herhaling', 'herhalingen')} klaar` : undefined}
    >
      Oefenen
      {due > 0 ? (
        // The number is drawn by CSS (content: attr(data-count)): the link's visible text stays
        // "Oefenen", which its label starts with (WCAG 2.5.3, label in name).
        <span data-due-badge data-count={due > 99 ? '99+' : due} aria-hidden="true" />
      ) : null}
    </Link>
  );
}
