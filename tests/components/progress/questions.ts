import type { Question } from '@/components/questions/question';
import { makeMultipleChoice, makeTrueFalse } from '../../lib/scoring/factories';

export const lesson = { slug: 'wat-is-een-customer-journey', title: 'Wat is een customer journey?', order: 1 };

/** A true-false and a multiple-choice question of one lesson, as the Eindtoets and the Proeftoets get them. */
export const questions: Question<'browser'>[] = [makeTrueFalse(), makeMultipleChoice()].map((exercise) => ({
  id: exercise.id,
  exercise,
  lesson,
  prompt: exercise.prompt,
  explanation: exercise.explanation,
  statement: exercise.type === 'true-false' ? exercise.statement : undefined,
}));
