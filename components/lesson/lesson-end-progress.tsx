'use client';

import { useId } from 'react';
import { GoalMastery } from '@/components/progress/goal-mastery';
import { useProgress, useProgressStore } from '@/components/progress/progress-provider';
import { formatPercent } from '@/lib/format/percent';
import { countOf } from '@/lib/format/plural';
import { MASTERY_LABEL, summarizeMastery } from '@/lib/progress/mastery';
import './lesson-end.css';

/** A learning goal of the lesson with the lesson's exercises that practise it. */
export type LessonGoal = { text: string; exerciseIds: string[] };

/**
 * The live part of the end card: it follows the progress store, so it changes as the student checks
 * exercises. Before progress loads (and on the server) it shows a neutral line.
 */
export function LessonEndProgress({ slug, exerciseIds, goals }: { slug: string; exerciseIds: string[]; goals: LessonGoal[] }) {
  const store = useProgressStore();
  const id = useId();
  const progress = useProgress((state) => (state.loaded ? state.progress : null), null);
  const read = progress?.lessons[slug]?.readAt !== undefined;
  const toggle = (
    <label htmlFor={id} className="readToggle">
      <input
        id={id}
        type="checkbox"
        checked={read}
        disabled={!progress}
        onChange={(event) => store?.getState().setRead(slug, event.target.checked)}
      />
      Ik heb deze les gelezen
    </label>
  );
  if (!progress) {
    return (
      <>
        <p>Maak de oefeningen in deze les. Dan zie je hier je score en wat je nog kunt herhalen.</p>
        {toggle}
      </>
    );
  }

  const summary = summarizeMastery(progress, exerciseIds);
  const untried = exerciseIds.filter((exerciseId) => progress.exercises[exerciseId] === undefined);
  const exerciseLink = (exerciseId: string) => (
    <li key={exerciseId}>
      <a href={`#oefening-${exerciseId}`}>Oefening {exerciseIds.indexOf(exerciseId) + 1}</a>
    </li>
  );
  return (
    <>
      <p data-lesson-score data-mastery={summary.mastery}>
        <strong>{MASTERY_LABEL[summary.mastery]}</strong> · {summary.attempted} van{' '}
        {countOf(summary.total, 'oefening', 'oefeningen')} gedaan
        {summary.attempted > 0 ? ` · score ${formatPercent(summary.score)}` : ''}
      </p>
      {goals.length > 0 ? (
        <>
          <h3>Leerdoelen</h3>
          <GoalMastery progress={progress} goals={goals} className="lessonEndGoals" />
        </>
      ) : null}
      <h3>Herhalen</h3>
      {summary.mistakes.length === 0 && untried.length === 0 ? (
        <p>
          {summary.mastery === 'beheerst'
            ? 'Je hebt alle oefeningen goed gedaan. Knap!'
            : 'Alles staat nu goed. Je score telt je eerste poging; bij het herhalen in Oefenen tellen ze opnieuw mee.'}
        </p>
      ) : (
        <>
          {summary.mistakes.length > 0 ? (
            <>
              <p>Nog niet goed:</p>
              <ul className="lessonEndLinks">{summary.mistakes.map(exerciseLink)}</ul>
              <p>
                <a href={`/oefenen?modus=fouten&les=${slug}`}>Oefen mijn fouten</a>
              </p>
            </>
          ) : null}
          {untried.length > 0 ? (
            <p>
              Nog niet gedaan: {countOf(untried.length, 'oefening', 'oefeningen')}.{' '}
              <a href={`#oefening-${untried[0]}`}>Ga naar oefening {exerciseIds.indexOf(untried[0]!) + 1}</a>
            </p>
          ) : null}
        </>
      )}
      {toggle}
    </>
  );
}
