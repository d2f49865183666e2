'use client';

import Link from 'next/link';
import { formatPercent } from '@/lib/format/percent';
import { MASTERY_LABEL, summarizeMastery } from '@/lib/progress/mastery';
import { useProgress } from './progress-provider';
import './progress.css';

export type LessonRef = {
  slug: string;
  title: string;
  order: number;
  exerciseIds: string[];
  /** The lesson's objectives with the exercises that practise each (for mastery per goal). */
  goals?: { text: string; exerciseIds: string[] }[];
};

/**
 * "Verder waar je was" once the student has opened a lesson; before that (and on the server) "Begin
 * met les 1". The link is always there, so nothing shifts when progress loads.
 */
export function ContinueLink({ lessons }: { lessons: LessonRef[] }) {
  const last = useProgress((state) => (state.loaded ? state.progress.lastLesson : undefined), undefined);
  const lesson = lessons.find((candidate) => candidate.slug === last);
  const target = lesson ?? lessons[0];
  if (!target) return null;
  return (
    <p className="continue">
      <Link href={`/lessen/${target.slug}`} className="button button-primary">
        {lesson ? `Verder waar je was: les ${lesson.order}` : `Begin met les ${target.order}`}
      </Link>
    </p>
  );
}

/** One line on a lesson card: how far the student is. The line is reserved before progress loads. */
export function LessonCardProgress({ lesson }: { lesson: LessonRef }) {
  const progress = useProgress((state) => (state.loaded ? state.progress : null), null);
  const summary = progress ? summarizeMastery(progress, lesson.exerciseIds) : null;
  return (
    <p className="lessonCardProgress" data-progress-badge="card" data-mastery={summary?.mastery}>
      {summary
        ? `${MASTERY_LABEL[summary.mastery]} · ${summary.attempted}/${summary.total} gedaan${summary.attempted > 0 ? ` · ${formatPercent(summary.score)}` : ''}`
        : '\u00a0'}
    </p>
  );
}
