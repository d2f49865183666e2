'use client';

import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ExerciseView, type ExerciseViewData } from '@/components/exercises/exercise-view';
import { HandInBar, TestQuestion } from '@/components/final-test/hand-in-bar';
import { markHandedIn } from './focus-result';
import { sendJson } from './send-json';
import { showServerState } from './reload';
import { uuid } from './uuid';

/** One question of a graded assignment: the public view only; the server holds the key. */
export type GradedQuestion = { id: string; view: ExerciseViewData; prompt: ReactNode; statement?: ReactNode };

type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'offline' } | { kind: 'refused'; error: string };

const SAVE_DELAY_MS = 700;
const RETRY_MS = 4000;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * A graded assignment. Every change is saved to the server shortly after it is made (and again
 * when the connection returns); handing in sends one id, so a retry never counts twice.
 */
export function AssignmentRunner({
  code,
  attempt,
  questions,
  initialResponses,
}: {
  code: string;
  attempt: number;
  questions: GradedQuestion[];
  initialResponses: Record<string, unknown>;
}) {
  const [responses, setResponses] = useState<Record<string, unknown>>(initialResponses);
  const responsesRef = useRef(responses);
  const pending = useRef<Record<string, unknown>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const [confirming, setConfirming] = useState(false);
  const [handingIn, setHandingIn] = useState(false);
  const [handInError, setHandInError] = useState<string | null>(null);

  const flushRef = useRef<() => Promise<void>>(async () => {});
  useEffect(() => {
    flushRef.current = async () => {
      clearTimeout(timer.current);
      const batch = pending.current;
      if (Object.keys(batch).length === 0) return;
      pending.current = {};
      setSave({ kind: 'saving' });
      const sent = await sendJson(`/api/opdracht/${code}/antwoorden`, 'PUT', { answers: batch });
      if (sent.ok) {
        if (Object.keys(pending.current).length === 0) setSave({ kind: 'saved' });
        return;
      }
      // Put the batch back under anything newer, then try again later (offline) or stop (refused).
      pending.current = { ...batch, ...pending.current };
      if (sent.status === 0 || sent.status >= 500) {
        setSave({ kind: 'offline' });
        timer.current = setTimeout(() => void flushRef.current(), RETRY_MS);
      } else {
        setSave({ kind: 'refused', error: sent.error });
      }
    };
  });

  // Warn before leaving while a change is not on the server yet.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (Object.keys(pending.current).length > 0) event.preventDefault();
    };
    const online = () => void flushRef.current();
    window.addEventListener('beforeunload', warn);
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('beforeunload', warn);
      window.removeEventListener('online', online);
      clearTimeout(timer.current);
    };
  }, []);

  const reporters = useMemo(
    () =>
      Object.fromEntries(
        questions.map(({ id }) => [
          id,
          (response: unknown) => {
            if (same(responsesRef.current[id], response)) return;
            responsesRef.current = { ...responsesRef.current, [id]: response };
            setResponses(responsesRef.current);
            pending.current = { ...pending.current, [id]: response ?? null };
            clearTimeout(timer.current);
            timer.current = setTimeout(() => void flushRef.current(), SAVE_DELAY_MS);
          },
        ]),
      ),
    [questions],
  );

  const unanswered = questions.filter(({ id }) => responses[id] == null).length;

  async function handIn() {
    if (unanswered > 0 && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    setHandingIn(true);
    setHandInError(null);
    clearTimeout(timer.current);
    // One id per attempt, kept across a reload: sending it again can never hand in twice.
    const key = `klantreis.inlevering.${code}.${attempt}`;
    let submissionId: string | null = null;
    try {
      submissionId = sessionStorage.getItem(key);
    } catch {
      // storage blocked: an id for this page is enough
    }
    if (!submissionId || !/^[0-9a-f-]{36}$/.test(submissionId)) {
      submissionId = uuid();
      try {
        sessionStorage.setItem(key, submissionId);
      } catch {
        // see above
      }
    }
    const answers = Object.fromEntries(questions.map(({ id }) => [id, responsesRef.current[id] ?? null]));
    const sent = await sendJson(`/api/opdracht/${code}/inleveren`, 'POST', { submissionId, answers });
    if (sent.ok) {
      pending.current = {};
      markHandedIn();
      showServerState();
      return;
    }
    setHandingIn(false);
    setHandInError(sent.error);
  }

  const saveText = {
    saved: 'Je antwoorden zijn opgeslagen.',
    saving: 'Bezig met opslaan…',
    offline: 'Nog niet opgeslagen: geen verbinding. We proberen het steeds opnieuw.',
    refused: save.kind === 'refused' ? save.error : '',
  }[save.kind];

  return (
    <>
      <p className={`save-status save-${save.kind}`} role="status">
        {saveText}
      </p>
      <ol className="test-questions">
        {questions.map((question, index) => (
          <TestQuestion key={question.id} index={index} total={questions.length}>
            <ExerciseView
              view={question.view}
              prompt={question.prompt}
              statement={question.statement}
              initialResponse={initialResponses[question.id]}
              test={{ onResponse: reporters[question.id]!, score: null }}
            />
          </TestQuestion>
        ))}
      </ol>
      <HandInBar
        unanswered={unanswered}
        total={questions.length}
        confirming={confirming}
        onHandIn={handIn}
        onContinue={() => setConfirming(false)}
        label="Lever de opdracht in"
        continueLabel="Verder met de opdracht"
        busy={handingIn}
        error={handInError}
      />
    </>
  );
}
