'use client';

import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useProgressStore } from '@/components/progress/progress-provider';
import { HandInBar } from '@/components/questions/hand-in-bar';
import type { Question } from '@/components/questions/question';
import { QuestionList } from '@/components/questions/question-list';
import { useAnswerSet } from '@/components/questions/use-answer-set';
import { markHandedIn } from './focus-result';
import { sendJson } from './send-json';
import { showServerState } from './reload';
import { uuid } from './uuid';
import styles from './assignment-runner.module.css';

type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'offline' } | { kind: 'refused'; error: string };

const SAVE_DELAY_MS = 700;
const HAND_IN_OFFLINE = 'Inleveren kan alleen met internet. Je antwoorden staan er nog: lever in zodra je weer verbinding hebt.';

function subscribeOnline(changed: () => void) {
  window.addEventListener('online', changed);
  window.addEventListener('offline', changed);
  return () => {
    window.removeEventListener('online', changed);
    window.removeEventListener('offline', changed);
  };
}
const RETRY_MS = 4000;

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
  questions: Question<'server'>[];
  initialResponses: Record<string, unknown>;
}) {
  const store = useProgressStore();
  const pending = useRef<Record<string, unknown>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The hand-in id when the browser cannot keep it (no store): it lasts this page.
  const pageSubmissionId = useRef<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const [handingIn, setHandingIn] = useState(false);
  const [handInError, setHandInError] = useState<string | null>(null);
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );

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

  /** One id per attempt, kept in this tab across a reload: sending it again can never hand in twice. */
  function submissionId(): string {
    const scope = `${code}.${attempt}`;
    const id = store?.getState().readSlot('handIn', scope)?.id ?? pageSubmissionId.current ?? uuid();
    pageSubmissionId.current = id;
    store?.getState().writeSlot('handIn', { id }, scope);
    return id;
  }

  const ids = useMemo(() => questions.map((question) => question.id), [questions]);
  const answers = useAnswerSet({
    ids,
    initial: initialResponses,
    onChange: (responses, changed) => {
      pending.current = { ...pending.current, [changed]: responses[changed] ?? null };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flushRef.current(), SAVE_DELAY_MS);
    },
    onHandIn: async (responses) => {
      setHandingIn(true);
      setHandInError(null);
      clearTimeout(timer.current);
      const sent = await sendJson(`/api/opdracht/${code}/inleveren`, 'POST', {
        submissionId: submissionId(),
        answers: Object.fromEntries(ids.map((id) => [id, responses[id] ?? null])),
      });
      if (sent.ok) {
        pending.current = {};
        markHandedIn(store);
        showServerState();
        return;
      }
      setHandingIn(false);
      setHandInError(sent.status === 0 ? HAND_IN_OFFLINE : sent.error);
    },
  });

  // Offline (the browser knows it): say so before anything fails, and that handing in must wait.
  const offlineNow = !online && save.kind !== 'refused';
  const saveText = offlineNow
    ? 'Je bent offline. Je antwoorden blijven hier staan en worden opgeslagen zodra je weer verbinding hebt. Inleveren kan alleen met internet.'
    : {
        saved: 'Je antwoorden zijn opgeslagen.',
        saving: 'Bezig met opslaan…',
        offline: 'Nog niet opgeslagen: geen verbinding. We proberen het steeds opnieuw.',
        refused: save.kind === 'refused' ? save.error : '',
      }[save.kind];

  return (
    <>
      <p className={styles.saveStatus} data-save={offlineNow ? 'offline' : save.kind} role="status">
        {saveText}
      </p>
      <QuestionList questions={questions} responses={answers.restored} reporters={answers.reporters} />
      <HandInBar
        answers={answers}
        total={questions.length}
        label="Lever de opdracht in"
        continueLabel="Verder met de opdracht"
        busy={handingIn}
        error={handInError}
      />
    </>
  );
}
