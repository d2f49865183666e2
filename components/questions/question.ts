import type { ReactNode } from 'react';
import type { ExerciseViewData } from '@/components/exercises/exercise-view';
import type { Exercise, Score } from '@/lib/scoring';

/** The lesson a question belongs to, for a result per lesson. */
export type LessonRef = { slug: string; title: string; order: number };

/**
 * Who scores the answer. `browser`: the page holds the whole exercise and scores it there (a
 * lesson, Oefenen, the Proeftoets, the Eindtoets). `server`: the page holds only what the student
 * may see (an assignment: the public view, plus the key once a review may show it).
 */
export type ScoredIn = 'browser' | 'server';

type Body = {
  browser: { exercise: Exercise; view?: undefined };
  server: { view: ExerciseViewData; exercise?: undefined };
};

/**
 * One question, as every flow gets it from the server (built by `toQuestion`): its Markdown is
 * already rendered, and only the texts the flow may show are there.
 */
export type Question<S extends ScoredIn = ScoredIn> = Body[S] & {
  /** How the flow knows the question: the bank id, or its place (v1, v2 …) on an assignment page. */
  id: string;
  lesson?: LessonRef;
  prompt: ReactNode;
  hint?: ReactNode;
  /** Shown after checking or handing in; absent where the flow may not show it yet. */
  explanation?: ReactNode;
  /** The statement of a true-false exercise. */
  statement?: ReactNode;
  /** The model answer of an open exercise. */
  modelAnswer?: ReactNode;
};

/** A handed-in question as it is reviewed: the student's response and the score it got. */
export type Reviewed<Q extends Question = Question> = Q & { response: unknown; score: Score };
