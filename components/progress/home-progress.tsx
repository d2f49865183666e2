'use client';

import Link from '@/components/ui/link';
import { formatPercent } from '@/lib/format/percent';
import { MASTERY_LABEL, summarizeMastery } from '@/lib/progress/mastery';
import { continueTarget, type ContinueTarget } from '@/lib/progress/next-lesson';
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
 * The home page's way on: "Begin met les 1" before anything was opened (and on the server, so the
 * link is always there and nothing shifts when progress loads); "Verder waar je was: les 2" when
 * the lesson opened last is not finished yet; "Verder met les 3" when it is (the next unfinished
 * lesson in course order); the Eindtoets, then Oefenen, when every lesson is finished. "Finished":
 * see isFinished in lib/progress/next-lesson.
 */
export function ContinueLink({ lessons }: { lessons: LessonRef[] }) {
  const progress = useProgress((state) => (state.loaded ? state.progress : null), null);
  const first = lessons[0];
  if (!first) return null;
  const target: ContinueTarget = progress ? continueTarget(progress, lessons) : { kind: 'begin', ...first };
  const [href, label] =
    target.kind === 'all-done'
      ? target.finalTestDone
        ? ['/oefenen', 'Alle lessen af: herhaal bij Oefenen']
        : ['/eindtoets', 'Alle lessen af: maak de Eindtoets']
      : [
          `/lessen/${target.slug}`,
          target.kind === 'resume'
            ? `Verder waar je was: les ${target.order}`
            : target.kind === 'next'
              ? `Verder met les ${target.order}`
              : `Begin met les ${target.order}`,
        ];
  return (
    <p className="continue">
      <Link href={href} className="button button-primary">
        {label}
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
