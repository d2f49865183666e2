'use client';

import { useRef } from 'react';
import formStyles from '@/components/ui/form.module.css';
import { countOf, plural } from '@/lib/format/plural';
import { maxPoints, RUBRIC_LIMITS, type Rubric } from '@/lib/studio/rubric';
import styles from './rubric-editor.module.css';

type Criterion = Rubric['criteria'][number];

/** A criterion id no other criterion has: `criterium-1`, `criterium-2` … */
function freshId(rubric: Rubric): string {
  const taken = new Set(rubric.criteria.map((criterion) => criterion.id));
  for (let n = rubric.criteria.length + 1; ; n++) if (!taken.has(`criterium-${n}`)) return `criterium-${n}`;
}

/**
 * The rubric of a map assignment, editable: a fieldset per criterion (title, description, levels
 * with a label and points), criteria and levels added and removed with buttons. Controlled; every
 * action works by keyboard, and focus goes to the new field after an add, to a neighbour after a
 * remove. The form sends the rubric as JSON in a hidden field; the server checks it again.
 */
export function RubricEditor({ value, onChange }: { value: Rubric; onChange: (rubric: Rubric) => void }) {
  const root = useRef<HTMLDivElement>(null);
  /** Focuses a field by id after React has drawn it. */
  const focusLater = (id: string) =>
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus());
  const setCriterion = (index: number, criterion: Criterion) =>
    onChange({ ...value, criteria: value.criteria.map((old, i) => (i === index ? criterion : old)) });

  return (
    <div ref={root} className={styles.editor}>
      <p className={formStyles.formHint}>
        {countOf(value.criteria.length, 'criterium', 'criteria')}, samen hoogstens {String(maxPoints(value)).replace('.', ',')}{' '}
        {plural(maxPoints(value), 'punt', 'punten')}.
      </p>
      {value.criteria.map((criterion, index) => {
        const key = criterion.id;
        return (
          <fieldset key={key} className={styles.criterion}>
            <legend>
              Criterium {index + 1}
              {criterion.title ? `: ${criterion.title}` : ''}
            </legend>
            <div className={formStyles.formField}>
              <label htmlFor={`${key}-title`}>Naam</label>
              <input
                id={`${key}-title`}
                value={criterion.title}
                maxLength={RUBRIC_LIMITS.label}
                required
                onChange={(event) => setCriterion(index, { ...criterion, title: event.target.value })}
              />
            </div>
            <div className={formStyles.formField}>
              <label htmlFor={`${key}-description`}>Wat je beoordeelt (mag leeg)</label>
              <textarea
                id={`${key}-description`}
                className={styles.text}
                rows={3}
                value={criterion.description}
                maxLength={RUBRIC_LIMITS.description}
                onChange={(event) => setCriterion(index, { ...criterion, description: event.target.value })}
              />
            </div>
            <table className={styles.levels}>
              <caption className="visually-hidden">Niveaus van {criterion.title || `criterium ${index + 1}`}</caption>
              <thead>
                <tr>
                  <th scope="col">Niveau</th>
                  <th scope="col">Punten</th>
                  <th scope="col">
                    <span className="visually-hidden">Weghalen</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {criterion.levels.map((level, levelIndex) => {
                  const levelName = `niveau ${levelIndex + 1} van ${criterion.title || `criterium ${index + 1}`}`;
                  const setLevel = (changed: Partial<typeof level>) =>
                    setCriterion(index, {
                      ...criterion,
                      levels: criterion.levels.map((old, i) => (i === levelIndex ? { ...old, ...changed } : old)),
                    });
                  return (
                    <tr key={levelIndex}>
                      <td>
                        <input
                          id={`${key}-level-${levelIndex}`}
                          aria-label={`Naam van ${levelName}`}
                          value={level.label}
                          maxLength={RUBRIC_LIMITS.label}
                          required
                          onChange={(event) => setLevel({ label: event.target.value })}
                        />
                      </td>
                      <td>
                        <input
                          type="number"
                          inputMode="decimal"
                          aria-label={`Punten voor ${levelName}`}
                          min={0}
                          max={RUBRIC_LIMITS.points}
                          step={0.5}
                          required
                          value={Number.isFinite(level.points) ? level.points : ''}
                          onChange={(event) => setLevel({ points: event.target.value === '' ? NaN : Number(event.target.value) })}
                        />
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button"
                          disabled={criterion.levels.length <= RUBRIC_LIMITS.levels.min}
                          onClick={() => {
                            setCriterion(index, { ...criterion, levels: criterion.levels.filter((_, i) => i !== levelIndex) });
                            focusLater(`${key}-level-${Math.max(0, levelIndex - 1)}`);
                          }}
                        >
                          Weg<span className="visually-hidden">: {levelName}</span>
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <div className="exercise-actions">
              <button
                type="button"
                className="button"
                disabled={criterion.levels.length >= RUBRIC_LIMITS.levels.max}
                onClick={() => {
                  const top = Math.max(0, ...criterion.levels.map((level) => (Number.isFinite(level.points) ? level.points : 0)));
                  setCriterion(index, {
                    ...criterion,
                    levels: [...criterion.levels, { label: '', points: top + 1, description: '' }],
                  });
                  focusLater(`${key}-level-${criterion.levels.length}`);
                }}
              >
                Niveau erbij<span className="visually-hidden"> bij {criterion.title || `criterium ${index + 1}`}</span>
              </button>
              <button
                type="button"
                className="button"
                disabled={value.criteria.length <= RUBRIC_LIMITS.criteria.min}
                onClick={() => {
                  const rest = value.criteria.filter((_, i) => i !== index);
                  onChange({ ...value, criteria: rest });
                  const next = rest[Math.min(index, rest.length - 1)];
                  if (next) focusLater(`${next.id}-title`);
                }}
              >
                Criterium weghalen<span className="visually-hidden">: {criterion.title || `criterium ${index + 1}`}</span>
              </button>
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button"
        disabled={value.criteria.length >= RUBRIC_LIMITS.criteria.max}
        onClick={() => {
          const id = freshId(value);
          onChange({
            ...value,
            criteria: [
              ...value.criteria,
              {
                id,
                title: '',
                description: '',
                levels: [
                  { label: 'Onvoldoende', points: 0, description: '' },
                  { label: 'Voldoende', points: 1, description: '' },
                  { label: 'Goed', points: 2, description: '' },
                ],
              },
            ],
          });
          focusLater(`${id}-title`);
        }}
      >
        Criterium erbij
      </button>
    </div>
  );
}
