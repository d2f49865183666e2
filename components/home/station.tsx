'use client';

import Link from '@/components/ui/link';
import { useProgress } from '@/components/progress/progress-provider';
import { MASTERY_LABEL, summarizeMastery } from '@/lib/progress/mastery';

export type StationLesson = { slug: string; title: string; order: number; exerciseIds: string[] };

/**
 * One station of the course map. Before progress loads (and on the server) it has no state: an
 * open circle and an empty state line, the same height, so nothing shifts. The look per state is
 * CSS on `data-state` (components/home/course-map.module.css); the marker's shape differs too:
 * open (niet gestart), half filled (bezig), filled with a check (beheerst).
 */
export function Station({ lesson }: { lesson: StationLesson }) {
  const mastery = useProgress(
    (state) => (state.loaded ? summarizeMastery(state.progress, lesson.exerciseIds).mastery : undefined),
    undefined,
  );
  return (
    <li data-station={lesson.slug} data-state={mastery}>
      <svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false" data-marker>
        <circle cx="16" cy="16" r="13" data-ring />
        {mastery === 'bezig' ? <path d="M16 3a13 13 0 0 0 0 26z" data-fill /> : null}
        {mastery === 'beheerst' ? (
          <>
            <circle cx="16" cy="16" r="13" data-fill />
            <path d="M10 16.5l4 4 8-9" data-check />
          </>
        ) : null}
      </svg>
      <span data-station-text>
        <Link href={`/lessen/${lesson.slug}`}>
          Les {lesson.order}: {lesson.title}
        </Link>
        <span data-station-state>{mastery ? MASTERY_LABEL[mastery] : '\u00a0'}</span>
      </span>
    </li>
  );
}
