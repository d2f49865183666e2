import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { PackageData } from '@/lib/lms/package';
import { statusLine } from '@/lib/lms/results';
import type { Session } from '@/lib/lms/runtime';
import { Lesson } from './lesson';
import { Quiz, type Flush } from './quiz';

export type Slots = { status: HTMLElement; body: HTMLElement; end: HTMLElement };

/** The player: the status line, then the quiz, or the lesson's exercises and its Afronden. */
export function App({
  data,
  session,
  slots,
  onFlush,
}: {
  data: PackageData;
  session: Session;
  slots: Slots;
  onFlush: (flush: Flush) => void;
}) {
  const [finished, setFinished] = useState(false);
  // Whether this session began with saved answers: fixed at the start, not by what is answered since.
  const [resumed] = useState(() => session.state.answers.some((answer) => answer !== null));
  const quiz = data.kind !== 'les';

  return (
    <>
      {createPortal(
        <p className="kr-status" data-opslag={session.stored ? session.mode : 'geen'}>
          {statusLine({
            connection: session.connection,
            mode: session.mode,
            resumed,
          })}
        </p>,
        slots.status,
      )}
      {quiz ? (
        createPortal(<Quiz data={data} session={session} onFlush={onFlush} />, slots.body)
      ) : (
        <>
          <Lesson data={data} session={session} end={slots.body} />
          {finished ? (
            <p className="kr-done" role="status" data-afgerond>
              {session.stored
                ? 'Klaar. Je voortgang staat in je leeromgeving. Je kunt dit venster sluiten.'
                : 'Klaar met oefenen.'}
            </p>
          ) : (
            <div className="exercise-actions">
              <button
                type="button"
                className="button button-primary"
                onClick={() => {
                  session.finish();
                  setFinished(true);
                }}
              >
                Afronden
              </button>
            </div>
          )}
        </>
      )}
    </>
  );
}
