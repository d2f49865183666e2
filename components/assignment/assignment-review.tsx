'use client';

import type { Question, Reviewed } from '@/components/questions/question';
import { QuestionList } from '@/components/questions/question-list';

/** Every question of a handed-in attempt, checked, with the right answer where theirs was not. */
export function AssignmentReview({ questions }: { questions: Reviewed<Question<'server'>>[] }) {
  const responses = Object.fromEntries(questions.map((question) => [question.id, question.response]));
  const scores = Object.fromEntries(questions.map((question) => [question.id, question.score]));
  return <QuestionList questions={questions} responses={responses} scores={scores} reveal />;
}
