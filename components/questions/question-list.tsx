'use client';

import type { ReactNode } from 'react';
import type { TestMode } from '@/components/exercises/exercise-shell';
import { ExerciseView } from '@/components/exercises/exercise-view';
import { PracticeExercise } from '@/components/exercises/practice-exercise';
import type { Score } from '@/lib/scoring';
import type { Question } from './question';
import styles from './questions.module.css';

/**
 * One question as an exercise: scored in the browser when the page holds the whole exercise, else
 * shown from its public view (the server scores it).
 */
export function QuestionView({
  question,
  test,
  initialResponse,
}: {
  question: Question;
  test?: TestMode<unknown>;
  initialResponse?: unknown;
}) {
  const { prompt, hint, explanation, statement, modelAnswer } = question;
  const text = { prompt, hint, explanation, statement, modelAnswer, test, initialResponse };
  return question.exercise ? (
    <PracticeExercise exercise={question.exercise} {...text} />
  ) : (
    <ExerciseView view={question.view} {...text} />
  );
}

const ignore = () => {};

type Props = {
  questions: readonly Question[];
  /** The answers the questions start from (restored, or handed in for a review). */
  responses?: Readonly<Record<string, unknown>>;
  /** Where each question reports its answer (from useAnswerSet); absent in a review. */
  reporters?: Readonly<Record<string, (response: unknown) => void>>;
  /** Each question's score once handed in; null while answering. */
  scores?: Readonly<Record<string, Score>> | null;
  /** After handing in, show the right answer wherever the student's was not fully right. */
  reveal?: boolean;
};

/** The numbered questions of a test, an assignment or a review: no Controleer per question. */
export function QuestionList({ questions, responses, reporters, scores = null, reveal }: Props) {
  return (
    <ol className={styles.testQuestions}>
      {questions.map((question, index) => (
        <NumberedQuestion key={question.id} index={index} total={questions.length}>
          <QuestionView
            question={question}
            initialResponse={responses?.[question.id]}
            test={{ onResponse: reporters?.[question.id] ?? ignore, score: scores?.[question.id] ?? null, reveal }}
          />
        </NumberedQuestion>
      ))}
    </ol>
  );
}

/** One numbered question of a list. */
function NumberedQuestion({ index, total, children }: { index: number; total: number; children: ReactNode }) {
  return (
    <li className="test-question">
      <p className={styles.testQuestionNumber}>
        Vraag {index + 1} van {total}
      </p>
      {children}
    </li>
  );
}
