import type { ExerciseViewData } from '@/components/exercises/exercise-view';
import { Markdown } from '@/components/mdx/markdown';
import { solve, toPublic, type Exercise } from '@/lib/scoring';
import type { LessonRef, Question } from './question';

/**
 * What a flow may show of an exercise:
 * - `practice` (a lesson, Oefenen): everything, checked in the browser;
 * - `test` (Proeftoets, Eindtoets): checked in the browser at hand-in, with the explanation after it; no hint;
 * - `graded` (an assignment being made): the public view only, no explanation, no key;
 * - `review` (a handed-in assignment): the public view with the key and the explanation.
 */
export type Flow = 'practice' | 'test' | 'graded' | 'review';

const SHOWN: Record<Flow, { hint: boolean; explanation: boolean; modelAnswer: boolean }> = {
  practice: { hint: true, explanation: true, modelAnswer: true },
  test: { hint: false, explanation: true, modelAnswer: false },
  graded: { hint: false, explanation: false, modelAnswer: false },
  review: { hint: false, explanation: true, modelAnswer: false },
};

type BrowserOptions = { flow: 'practice' | 'test'; lesson?: LessonRef };
/** `id`: the question's id on the page (the exercise given is already the page's version of it). */
type ServerOptions = { flow: 'graded' | 'review'; id: string };

/**
 * A bank exercise as a question of a flow, on the server: its Markdown (prompt, hint, explanation,
 * true-false statement, model answer) rendered, and only what the flow may show. No Markdown
 * parser reaches the browser.
 */
export function toQuestion(exercise: Exercise, options: BrowserOptions): Question<'browser'>;
export function toQuestion(exercise: Exercise, options: ServerOptions): Question<'server'>;
export function toQuestion(exercise: Exercise, options: BrowserOptions | ServerOptions): Question {
  const shown = SHOWN[options.flow];
  const text = {
    prompt: <Markdown source={exercise.prompt} inline />,
    hint: shown.hint && exercise.hint ? <Markdown source={exercise.hint} inline /> : undefined,
    explanation: shown.explanation ? <Markdown source={exercise.explanation} /> : undefined,
    statement: exercise.type === 'true-false' ? <Markdown source={exercise.statement} inline /> : undefined,
    modelAnswer: shown.modelAnswer && exercise.type === 'open' ? <Markdown source={exercise.modelAnswer} /> : undefined,
  };
  if ('id' in options) {
    const view = {
      type: exercise.type,
      public: toPublic(exercise),
      ...(options.flow === 'review' ? { solution: solve(exercise) } : {}),
    } as ExerciseViewData;
    return { ...text, id: options.id, view };
  }
  return { ...text, id: exercise.id, exercise, ...(options.lesson ? { lesson: pickLesson(options.lesson) } : {}) };
}

const pickLesson = ({ slug, title, order }: LessonRef): LessonRef => ({ slug, title, order });
