'use client';

import { useProgress } from '@/components/progress/progress-provider';
import { countOf } from '@/lib/format/plural';
import { dueReviewCount } from '@/lib/progress/practice-pool';

/**
 * The number of reviews due, on "Oefenen" in the site's navigation: the link reads "Oefenen, 3
 * herhalingen klaar". On every page, so it stays tiny (no scheduler: the due dates are read as
 * saved); it is placed over the link's corner (app/layout.module.css), so nothing moves when it appears.
 */
export function DueBadge() {
  const due = useProgress((state) => (state.loaded ? dueReviewCount(state.progress, new Date()) : 0), 0);
  if (due === 0) return null;
  return (
    <span data-due-badge>
      <span aria-hidden="true">{due > 99 ? '99+' : due}</span>
      <span className="visually-hidden">, {countOf(due, 'herhaling', 'herhalingen')} klaar</span>
    </span>
  );
}
