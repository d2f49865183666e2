'use client';

import { useEffect, useId } from 'react';
import { formatPercent } from '@/lib/format/percent';
import { MASTERY_LABEL, summarizeMastery } from '@/lib/progress/mastery';
import { useProgress, useProgressStore } from './progress-provider';
import './progress.css';

/** The student's progress in this lesson, and "gelezen". Opening the lesson remembers it for "Verder waar je was". */
export function LessonProgress({ slug, exerciseIds }: { slug: string; exerciseIds: string[] }) {
  const store = useProgressStore();
  const id = useId();
  const progress = useProgress((state) => (state.loaded ? state.progress : null), null);
  const loaded = progress !== null;
  useEffect(() => {
    if (loaded) store?.getState().visit(slug);
  }, [loaded, slug, store]);

  // The same two lines before and after loading (the text fits one line at 360 px), so nothing shifts.
  const summary = progress ? summarizeMastery(progress, exerciseIds) : null;
  const read = progress?.lessons[slug]?.readAt !== undefined;
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
      <label htmlFor={id} className="readToggle">
        <input
          id={id}
          type="checkbox"
          checked={read}
          disabled={!summary}
          onChange={(event) => store?.getState().setRead(slug, event.target.checked)}
        />
        Ik heb deze les gelezen
      </label>
    </div>
  );
}
