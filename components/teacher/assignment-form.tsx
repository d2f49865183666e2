'use client';

import { startTransition, useActionState, useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import formStyles from '@/components/ui/form.module.css';
import { ATTEMPTS, FIELD_MAX, MAX_ASSIGNMENT_EXERCISES } from '@/lib/assignments/limits';
import type { Bank } from '@/lib/assignments/types';
import { countOf } from '@/lib/format/plural';
import type { Preview } from '@/lib/assignments/types';
import { LEVELS, type Level } from '@/lib/scoring/schema';
import { previous, type FormAction, type FormState } from './form-state';
import styles from './assignment-form.module.css';

export type PoolLesson = {
  slug: string;
  title: string;
  order: number;
  /** `text`: what the exercise asks (a true-false exercise's statement); `preview`: its options and key. */
  exercises: { id: string; type: string; level: Level; text: string; preview: Preview }[];
};

/** What each Bloom level asks of a student, in a teacher's words. */
const LEVEL_TEXT: Record<Level, string> = {
  onthouden: 'een begrip of feit ophalen',
  begrijpen: 'uitleggen of herkennen met voorbeelden uit de les',
  toepassen: 'een begrip gebruiken in een nieuwe situatie',
  analyseren: 'een casus of gegevens uit elkaar halen en verklaren',
  creëren: 'zelf iets maken',
};

const BANK_CHOICES: { bank: Bank; name: string; text: string }[] = [
  {
    bank: 'toetsbank',
    name: 'Toetsbank',
    text: ' (aanbevolen voor een cijfer): vragen die leerlingen nergens anders zien. De antwoorden komen niet in hun browser; de server kijkt na.',
  },
  {
    bank: 'oefenbank',
    name: 'Oefenbank',
    text: ': de openbare oefeningen uit de lessen. Leerlingen kunnen die met het juiste antwoord en de uitleg in de lessen zien. Goed om te oefenen, niet voor een cijfer.',
  },
];

const listed = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);

/** A new assignment: title, which exercises (by lesson, by hand, or a draw), when, how often, answers shown when. */
export function AssignmentForm({ action, pools }: { action: FormAction; pools: Record<Bank, PoolLesson[]> }) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  const [mode, setMode] = useState(previous(state, 'mode', 'lessen'));
  const [bank, setBank] = useState<Bank>(previous(state, 'bank', 'toetsbank') === 'oefenbank' ? 'oefenbank' : 'toetsbank');
  const [levels, setLevels] = useState<Level[]>(() =>
    listed(state.values?.levels).filter((value): value is Level => (LEVELS as readonly string[]).includes(value)),
  );
  // No level ticked means every level, as on the server.
  const pool = pools[bank].map((lesson) => ({
    ...lesson,
    exercises: lesson.exercises.filter((exercise) => levels.length === 0 || levels.includes(exercise.level)),
  }));
  const [chosenLessons, setChosenLessons] = useState(() => new Set(listed(state.values?.lessons)));
  const [chosenExercises, setChosenExercises] = useState(() => new Set(listed(state.values?.exerciseIds)));
  const [perLesson, setPerLesson] = useState(previous(state, 'perLesson', '3'));
  // A message about the last submit goes once the teacher changes how they choose; a new submit shows its own.
  const [dismissed, setDismissed] = useState<FormState | null>(null);
  const error = dismissed === state ? null : state.error;
  const chosenCount = countChosen(pool, mode, chosenLessons, chosenExercises, perLesson);

  return (
    <form
      className={formStyles.form}
      action={formAction}
      // With JavaScript the action runs from here, so React does not reset the form afterwards: a reset
      // would clear the ticked exercises and the chosen mode (state that React still holds) after a
      // refusal, and the teacher would resubmit an empty selection. Without JavaScript `action` posts.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      <div className={formStyles.formField}>
        <label htmlFor="title">Titel</label>
        <input
          id="title"
          name="title"
          required
          maxLength={FIELD_MAX.title}
          defaultValue={previous(state, 'title')}
          placeholder="Bijvoorbeeld: Oefentoets B2B en B2C, klas 2B"
        />
      </div>

      <fieldset>
        <legend>Uit welke bank komen de vragen?</legend>
        {BANK_CHOICES.map(({ bank: value, name, text }) => (
          <label key={value} className={formStyles.choiceInline}>
            <input type="radio" name="bank" value={value} checked={bank === value} onChange={() => setBank(value)} />
            <span>
              <strong>{name}</strong>
              {text}
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Welk denkniveau?</legend>
        <p className={formStyles.formHint} id="levels-hint">
          De niveaus van Bloom. Kies niets voor alle niveaus. Kies bijvoorbeeld toepassen en analyseren voor vragen over een
          situatie die leerlingen nog niet kennen.
        </p>
        {LEVELS.map((level) => (
          <label key={level} className={formStyles.choiceInline}>
            <input
              type="checkbox"
              name="levels"
              value={level}
              checked={levels.includes(level)}
              aria-describedby="levels-hint"
              onChange={(event) =>
                setLevels((current) =>
                  event.target.checked
                    ? LEVELS.filter((l) => l === level || current.includes(l))
                    : current.filter((l) => l !== level),
                )
              }
            />
            <span>
              <strong>{level}</strong>: {LEVEL_TEXT[level]}
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Welke oefeningen?</legend>
        {[
          ['lessen', 'Alle oefeningen uit de lessen die ik kies'],
          ['trekking', 'Een aantal per les, willekeurig getrokken'],
          ['hand', 'Ik kies de oefeningen zelf'],
        ].map(([value, label]) => (
          <label key={value} className={formStyles.choiceInline}>
            <input
              type="radio"
              name="mode"
              value={value}
              checked={mode === value}
              onChange={() => {
                setMode(value!);
                setDismissed(state);
              }}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>

      {mode !== 'hand' ? (
        <fieldset>
          <legend>Lessen</legend>
          {pool.map((lesson) => (
            <label key={lesson.slug} className={formStyles.choiceInline}>
              <input
                type="checkbox"
                name="lessons"
                value={lesson.slug}
                checked={chosenLessons.has(lesson.slug)}
                onChange={(event) => setChosenLessons((current) => toggled(current, lesson.slug, event.target.checked))}
              />
              <span>
                Les {lesson.order}: {lesson.title}{' '}
                <span className="muted">({countOf(lesson.exercises.length, 'oefening', 'oefeningen')})</span>
              </span>
            </label>
          ))}
          {mode === 'trekking' ? (
            <div className={formStyles.formRow}>
              <div className={formStyles.formField}>
                <label htmlFor="perLesson">Aantal per les</label>
                <input
                  id="perLesson"
                  name="perLesson"
                  type="number"
                  min={1}
                  max={MAX_ASSIGNMENT_EXERCISES}
                  value={perLesson}
                  onChange={(event) => setPerLesson(event.target.value)}
                />
              </div>
            </div>
          ) : null}
          {mode === 'trekking' ? (
            <details className={styles.advanced} open={previous(state, 'seed') !== ''}>
              <summary>Geavanceerd</summary>
              <div className={formStyles.formField}>
                <label htmlFor="seed">Startwaarde (mag leeg)</label>
                <p className={formStyles.formHint} id="seed-hint">
                  Dezelfde startwaarde geeft dezelfde trekking. Leeg: wij kiezen er een.
                </p>
                <input
                  id="seed"
                  name="seed"
                  maxLength={FIELD_MAX.seed}
                  defaultValue={previous(state, 'seed')}
                  aria-describedby="seed-hint"
                />
              </div>
            </details>
          ) : null}
        </fieldset>
      ) : (
        <fieldset>
          <legend>Oefeningen</legend>
          <p className={formStyles.formHint}>
            Open vragen staan hier niet bij: die kijkt de leerling zelf na, dus de server kan ze geen cijfer geven.
          </p>
          {pool.map((lesson) => (
            <details
              key={lesson.slug}
              className={formStyles.exercisePicker}
              open={lesson.exercises.some((exercise) => chosenExercises.has(exercise.id))}
            >
              <summary>
                Les {lesson.order}: {lesson.title} <span className="muted">({lesson.exercises.length})</span>
              </summary>
              {lesson.exercises.map((exercise) => (
                <div key={exercise.id} className={styles.pickerItem}>
                  <label className={formStyles.choiceInline}>
                    <input
                      type="checkbox"
                      name="exerciseIds"
                      value={exercise.id}
                      checked={chosenExercises.has(exercise.id)}
                      onChange={(event) => setChosenExercises((current) => toggled(current, exercise.id, event.target.checked))}
                    />
                    <span>
                      {exercise.text}{' '}
                      <span className="muted">
                        ({exercise.type}, {exercise.level}
                        {bank === 'oefenbank' ? ', openbaar oefenitem' : ''})
                      </span>
                    </span>
                  </label>
                  <ExercisePreview text={exercise.text} preview={exercise.preview} />
                </div>
              ))}
            </details>
          ))}
        </fieldset>
      )}

      <p role="status" className={styles.chosenCount}>
        {countOf(chosenCount, 'oefening', 'oefeningen')} gekozen
      </p>

      <fieldset>
        <legend>Wanneer?</legend>
        <div className={formStyles.formRow}>
          <div className={formStyles.formField}>
            <label htmlFor="opensAt">Open vanaf (mag leeg: meteen)</label>
            <input id="opensAt" name="opensAt" type="datetime-local" defaultValue={previous(state, 'opensAt')} />
          </div>
          <div className={formStyles.formField}>
            <label htmlFor="closesAt">Sluit op (mag leeg: blijft open)</label>
            <p className={formStyles.formHint} id="closes-hint">
              Nodig bij “Pas als de opdracht sluit”: anders zien leerlingen de antwoorden nooit.
            </p>
            <input
              id="closesAt"
              name="closesAt"
              type="datetime-local"
              defaultValue={previous(state, 'closesAt')}
              aria-describedby="closes-hint"
            />
          </div>
        </div>
      </fieldset>

      <div className={formStyles.formField}>
        <label htmlFor="maxAttempts">Aantal pogingen per leerling</label>
        <p className={formStyles.formHint} id="attempts-hint">
          Bij meer pogingen telt de beste.
        </p>
        <input
          id="maxAttempts"
          name="maxAttempts"
          type="number"
          min={ATTEMPTS.min}
          max={ATTEMPTS.max}
          required
          defaultValue={previous(state, 'maxAttempts', '1')}
          aria-describedby="attempts-hint"
        />
      </div>

      <fieldset>
        <legend>Wanneer zien leerlingen de juiste antwoorden en de uitleg?</legend>
        {[
          ['direct', 'Direct na het inleveren'],
          ['na-sluiten', 'Pas als de opdracht sluit'],
          ['nooit', 'Nooit (alleen hun score)'],
        ].map(([value, label]) => (
          <label key={value} className={formStyles.choiceInline}>
            <input
              type="radio"
              name="showAnswers"
              value={value}
              defaultChecked={previous(state, 'showAnswers', 'direct') === value}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>

      <FormError>{error}</FormError>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Bezig…' : 'Maak de opdracht'}
      </button>
    </form>
  );
}

const toggled = (set: ReadonlySet<string>, value: string, on: boolean): Set<string> => {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
};

/** How many exercises the form would give now: as the server will select them. */
function countChosen(
  pool: PoolLesson[],
  mode: string,
  lessons: ReadonlySet<string>,
  exercises: ReadonlySet<string>,
  perLesson: string,
): number {
  if (mode === 'hand') return pool.flatMap((lesson) => lesson.exercises).filter((exercise) => exercises.has(exercise.id)).length;
  const draw = Math.max(0, Math.floor(Number(perLesson)) || 0);
  return pool
    .filter((lesson) => lessons.has(lesson.slug))
    .reduce((sum, lesson) => sum + (mode === 'trekking' ? Math.min(draw, lesson.exercises.length) : lesson.exercises.length), 0);
}

/** What a student gets to see and choose from, and the key, folded away under the exercise. */
function ExercisePreview({ text, preview }: { text: string; preview: Preview }) {
  return (
    <details className={styles.preview}>
      <summary>
        Bekijk de vraag<span className="visually-hidden">: {text}</span>
      </summary>
      {preview.label ? <p>{preview.label}</p> : null}
      {preview.lines.length ? (
        <ul>
          {preview.lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      ) : null}
      <p>
        <strong>Goed antwoord:</strong> {preview.answer}
      </p>
    </details>
  );
}
