'use client';

import { startTransition, useActionState, useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import formStyles from '@/components/ui/form.module.css';
import { MAP_ASSIGNMENT } from '@/lib/assignments/map-limits';
import type { Rubric } from '@/lib/studio/rubric';
import { formatPoints } from '@/lib/format/points';
import { plural } from '@/lib/format/plural';
import styles from './rubric-editor.module.css';

export type GradeState = { error: string | null; saved?: string; values?: Record<string, unknown> };
export type GradeAction = (previous: GradeState, form: FormData) => Promise<GradeState>;

const pointsText = (points: number) => `${String(points).replace('.', ',')} ${plural(points, 'punt', 'punten')}`;

/**
 * The teacher's grade of one hand-in: a radio group per rubric criterion, feedback, save. The total
 * shown while choosing is only a preview: the server computes the points from the levels.
 */
export function MapGrading({
  action,
  assignmentId,
  handInId,
  student,
  rubric,
  levels: savedLevels,
  feedback,
}: {
  action: GradeAction;
  assignmentId: number;
  handInId: number;
  student: string;
  rubric: Rubric;
  levels: Record<string, number> | null;
  feedback: string;
}) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  const [levels, setLevels] = useState<Record<string, number>>(() => ({ ...savedLevels }));
  const chosen = rubric.criteria.filter((criterion) => levels[criterion.id] !== undefined);
  const preview = chosen.reduce((sum, criterion) => sum + (criterion.levels[levels[criterion.id]!]?.points ?? 0), 0);
  const max = rubric.criteria.reduce((sum, criterion) => sum + Math.max(0, ...criterion.levels.map((level) => level.points)), 0);
  const prefix = `h${handInId}`;

  return (
    <form
      action={formAction}
      className={formStyles.form}
      aria-label={`Beoordeling van ${student}`}
      // No reset after a save: the feedback stays as typed (and after a refusal too).
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      <input type="hidden" name="id" value={assignmentId} />
      <input type="hidden" name="handIn" value={handInId} />
      {rubric.criteria.map((criterion) => (
        <fieldset key={criterion.id} className={styles.criterion}>
          <legend>{criterion.title}</legend>
          {criterion.description ? <p className={formStyles.formHint}>{criterion.description}</p> : null}
          {criterion.levels.map((level, index) => (
            <label key={index} className={formStyles.choiceInline}>
              <input
                type="radio"
                name={`niveau-${criterion.id}`}
                value={index}
                required
                checked={levels[criterion.id] === index}
                onChange={() => setLevels((current) => ({ ...current, [criterion.id]: index }))}
              />
              <span>
                <strong>{level.label}</strong> ({pointsText(level.points)})
                {level.description ? <span className="muted">: {level.description}</span> : null}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      <div className={formStyles.formField}>
        <label htmlFor={`${prefix}-feedback`}>Feedback voor {student}</label>
        <textarea
          id={`${prefix}-feedback`}
          name="feedback"
          rows={4}
          className={styles.text}
          maxLength={MAP_ASSIGNMENT.feedback}
          defaultValue={typeof state.values?.feedback === 'string' ? state.values.feedback : feedback}
        />
      </div>
      <p>
        {chosen.length === rubric.criteria.length
          ? `Totaal: ${formatPoints(preview, max)}.`
          : `Kies bij elk criterium een niveau (${chosen.length} van ${rubric.criteria.length}).`}
      </p>
      <FormError>{state.error}</FormError>
      <p role="status">{state.saved ?? ''}</p>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Bezig…' : 'Sla de beoordeling op'}
      </button>
    </form>
  );
}
