'use client';

import { useState } from 'react';
import { useProgressStatus, useProgressStore } from '@/components/progress/progress-provider';
import type { Question } from '@/components/questions/question';
import { FinalTestRunner } from './final-test-runner';

/**
 * The Eindtoets: its answers are kept by the progress store as the student works, so a reload
 * continues it, and its result goes into the student's progress (Mijn voortgang).
 */
export function FinalTest({ questions }: { questions: Question<'browser'>[] }) {
  const store = useProgressStore();
  const status = useProgressStatus();
  // Set once the store is there: the saved answers (null: none) the runner starts from.
  const [restored, setRestored] = useState<Record<string, unknown> | null | undefined>(undefined);
  // Answered before the store was there: those answers win over older saved ones.
  const [touched, setTouched] = useState(false);

  // The questions are on the page from the start (rendered on the server); once the store has
  // loaded, saved answers are put back by starting the runner again with them.
  if (restored === undefined && status !== 'loading') {
    const saved = touched ? null : (store?.getState().readSlot('finalTest')?.responses ?? null);
    setRestored(saved && Object.keys(saved).length > 0 ? saved : null);
  }

  return (
    <FinalTestRunner
      key={restored ? 'restored' : 'new'}
      questions={questions}
      initialResponses={restored ?? undefined}
      onResponses={(responses) => {
        if (status === 'loading') setTouched(true);
        store?.getState().writeSlot('finalTest', { responses });
      }}
      onScored={(scores) => {
        const values = Object.values(scores);
        store?.getState().clearSlot('finalTest');
        store?.getState().finishFinalTest({
          at: new Date().toISOString(),
          points: values.reduce((sum, one) => sum + one.points, 0),
          maxPoints: values.reduce((sum, one) => sum + one.maxPoints, 0),
          questions: values.length,
        });
      }}
    />
  );
}
