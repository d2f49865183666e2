import type { ReactNode } from 'react';
import { formatDateTime } from '@/lib/format/dates';
import styles from './assignment.module.css';

/** A student's sign-up, as the merge form shows it. */
export type Signup = {
  id: number;
  name: string;
  joinedAt: Date | undefined;
  /** What this sign-up holds ("2 pogingen ingeleverd, beste 3 van 4 punten"). */
  work: string;
};

const sameName = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/**
 * Students who joined more than once under one name (a second device), with a form per pair to merge
 * them (lib/db/participation.server.ts mergeParticipants). For a quiz and a map assignment alike; the
 * texts say what merging does with that kind's work.
 */
export function Twins({
  assignmentId,
  signups,
  action,
  intro,
  effect,
}: {
  assignmentId: number;
  signups: Signup[];
  action: (form: FormData) => void | Promise<void>;
  /** Why these are here and what merging gives. */
  intro: ReactNode;
  /** What happens to the work of the sign-up that goes. */
  effect: ReactNode;
}) {
  const byName = new Map<string, Signup[]>();
  for (const signup of [...signups].sort((a, b) => a.id - b.id)) {
    byName.set(sameName(signup.name), [...(byName.get(sameName(signup.name)) ?? []), signup]);
  }
  const twins = [...byName.values()].filter((group) => group.length > 1);
  if (twins.length === 0) return null;
  const when = (signup: Signup, fallback: string) => (signup.joinedAt ? formatDateTime(signup.joinedAt) : fallback);
  return (
    <section aria-labelledby="dubbel">
      <h2 id="dubbel">Dubbele aanmeldingen</h2>
      <p>{intro}</p>
      {twins.flatMap(([first, ...others]) =>
        others.map((other) => (
          <details key={`${first!.id}-${other.id}`} className={styles.dangerZone}>
            <summary>
              Voeg {first!.name} ({when(first!, 'eerste')}) en {other.name} ({when(other, 'tweede')}) samen
            </summary>
            <form action={action}>
              <input type="hidden" name="id" value={assignmentId} />
              <input type="hidden" name="a" value={first!.id} />
              <input type="hidden" name="b" value={other.id} />
              <fieldset>
                <legend>Welke aanmelding blijft?</legend>
                {[first!, other].map((signup, index) => (
                  <label key={signup.id} className={styles.choice}>
                    <input type="radio" name="keep" value={signup.id} defaultChecked={index === 0} required /> {signup.name},
                    aangemeld {when(signup, '')}: {signup.work}
                  </label>
                ))}
              </fieldset>
              <p>{effect}</p>
              <button type="submit" className="button">
                Voeg samen
              </button>
            </form>
          </details>
        )),
      )}
    </section>
  );
}
