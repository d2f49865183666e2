'use client';

import { useEffect } from 'react';
import { formatPercent } from '@/lib/format/percent';
import { MASTERY_LABEL, summarizeMastery } from '@/lib/progress/mastery';
import { useProgress, useProgressStore } from './progress-provider';
import './progress.css';

/**
 * The student's progress in this lesson, at its top. Opening the lesson remembers it for "Verder
 * waar je was". "Ik heb deze les gelezen" is at the end of the lesson (components/lesson/lesson-end).
 */
export function LessonProgress({ slug, exerciseIds }: { slug: string; exerciseIds: string[] }) {
  const store = useProgressStore();
  const progress = useProgress((state) => (state.loaded ? state.progress : null), null);
  const loaded = progress !== null;
  useEffect(() => {
    if (loaded) store?.getState().visit(slug);
  }, [loaded, slug, store]);

  // The same line before and after loading (the text fits one line at 360 px), so nothing shifts.
  const summary = progress ? summarizeMastery(progress, exerciseIds) : null;
  return (
    <div className="lessonProgress" data-progress-badge="lesson" data-mastery={summary?.mastery}>
      <p>
        {summary ? (
          <>
            <strong>{MASTERY_LABEL[summary.mastery]}</strong> · {summary.attempted}/{summary.total} gedaan
            {summary.attempted > 0 ? ` · ${formatPercent(summary.score)}` : ''}
          </>
        ) : (
          '\u00a0'
        )}
      </p>
    </div>
  );
}
