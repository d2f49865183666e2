import { useState } from 'react';
import { createPortal } from 'react-dom';
import { countOf } from '@/lib/format/plural';
import type { PackageData } from '@/lib/lms/package';
import type { Session } from '@/lib/lms/runtime';
import { score } from '@/lib/scoring';
import { hasResponseShape } from '@/lib/scoring/shape';
import { PackageExercise } from './package-exercise';

/** The slot of each exercise in the lesson's text, or one made at the end when the text has none. */
function slotFor(id: string, fallback: HTMLElement): HTMLElement {
  const found = [...document.querySelectorAll<HTMLElement>('[data-oefening]')].find((slot) => slot.dataset.oefening === id);
  if (found) return found;
  const made = document.createElement('div');
  made.dataset.oefening = id;
  fallback.append(made);
  return made;
}

/**
 * A lesson: its text is already in the page; each exercise is mounted into its slot and checked as
 * on the site. The first check of an exercise counts (a retry does not, as on the site) and is saved
 * to the LMS at once.
 */
export function Lesson({ data, session, end }: { data: PackageData; session: Session; end: HTMLElement }) {
  const [, setVersion] = useState(0);
  const [slots] = useState(() => data.items.map((item) => slotFor(item.exercise.id, end)));
  const progress = session.progress();
  const total = data.items.length;

  return (
    <>
      {data.items.map((item, index) => {
        const saved = session.state.answers[index] ?? null;
        const check = (response: unknown) => {
          const result = score(item.exercise, response);
          if (session.state.answers[index] == null) {
            session.record(index, response, `oefening-${index + 1}`);
            setVersion((value) => value + 1);
          }
          return Promise.resolve(result);
        };
        return createPortal(
          <PackageExercise
            item={item}
            check={check}
            initialResponse={saved !== null && hasResponseShape(item.exercise.type, saved) ? saved : undefined}
            position={{ index: index + 1, total }}
          />,
          slots[index]!,
          item.exercise.id,
        );
      })}
      <p className="kr-progress" data-voortgang>
        Je hebt {progress.answered} van de {countOf(total, 'oefening', 'oefeningen')} gedaan. Score: {Math.round(progress.raw)} %.
      </p>
    </>
  );
}
