import { formatDateTime } from '@/lib/format/dates';
import { countOf } from '@/lib/format/plural';
import styles from './assignment.module.css';

type Student = { participantId: number; name: string; handIns: number; joinedAt: Date };

const sameName = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/**
 * Students of a map assignment who joined more than once under one name (a second device), with a
 * form per pair to merge them: every hand-in (and grade) goes to the one that stays, and the draft
 * saved last stays (lib/db/participation.server.ts mergeParticipants).
 */
export function MapTwins({
  assignmentId,
  students,
  action,
}: {
  assignmentId: number;
  students: Student[];
  action: (form: FormData) => void | Promise<void>;
}) {
  const byName = new Map<string, Student[]>();
  for (const student of [...students].sort((a, b) => a.participantId - b.participantId)) {
    byName.set(sameName(student.name), [...(byName.get(sameName(student.name)) ?? []), student]);
  }
  const twins = [...byName.values()].filter((group) => group.length > 1);
  if (twins.length === 0) return null;
  return (
    <section aria-labelledby="dubbel">
      <h2 id="dubbel">Dubbele aanmeldingen</h2>
      <p>
        Deze namen staan er meer dan eens. Dat gebeurt als een leerling op een tweede apparaat meedoet. Voeg ze samen: alle
        ingeleverde kaarten komen dan bij één aanmelding, en je beoordeelt de laatste.
      </p>
      {twins.flatMap(([first, ...others]) =>
        others.map((other) => (
          <details key={`${first!.participantId}-${other.participantId}`} className={styles.dangerZone}>
            <summary>
              Voeg {first!.name} ({formatDateTime(first!.joinedAt)}) en {other.name} ({formatDateTime(other.joinedAt)}) samen
            </summary>
            <form action={action}>
              <input type="hidden" name="id" value={assignmentId} />
              <input type="hidden" name="a" value={first!.participantId} />
              <input type="hidden" name="b" value={other.participantId} />
              <fieldset>
                <legend>Welke aanmelding blijft?</legend>
                {[first!, other].map((student, index) => (
                  <label key={student.participantId} className={styles.choice}>
                    <input type="radio" name="keep" value={student.participantId} defaultChecked={index === 0} required />{' '}
                    {student.name}, aangemeld {formatDateTime(student.joinedAt)}: {countOf(student.handIns, 'kaart', 'kaarten')}{' '}
                    ingeleverd
                  </label>
                ))}
              </fieldset>
              <p>
                De andere aanmelding verdwijnt; haar ingeleverde kaarten en beoordelingen komen bij de aanmelding die blijft. Van
                het werk in uitvoering blijft de versie die het laatst is opgeslagen. Laat de leerling daarna verder werken op het
                apparaat van de aanmelding die blijft.
              </p>
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
