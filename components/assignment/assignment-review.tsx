'use client';

import type { ReactNode } from 'react';
import { ExerciseView, type ExerciseViewData } from '@/components/exercises/exercise-view';
import { TestQuestion } from '@/components/final-test/hand-in-bar';
import type { Score } from '@/lib/scoring';

/** A handed-in question as the student may review it: their answer, its score, the key, the explanation. */
export type ReviewedQuestion = {
  id: string;
  view: ExerciseViewData;
  prompt: ReactNode;
  statement?: ReactNode;
  explanation: ReactNode;
  response: unknown;
  score: Score;
};

const ignore = () => {};

/** Every question of a handed-in attempt, checked, with the right answer where theirs was not. */
export function AssignmentReview({ questions }: { questions: ReviewedQuestion[] }) {
  return (
    <ol className="test-questions">
      {questions.map((question, index) => (
        <TestQuestion key={question.id} index={index} total={questions.length}>
          <ExerciseView
            view={question.view}
            prompt={question.prompt}
            statement={question.statement}
            explanation={question.explanation}
            initialResponse={question.response}
            test={{ onResponse: ignore, score: question.score, reveal: true }}
          />
        </TestQuestion>
      ))}
    </ol>
  );
}
