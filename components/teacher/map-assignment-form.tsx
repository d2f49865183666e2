'use client';

import { startTransition, useActionState, useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import formStyles from '@/components/ui/form.module.css';
import { FIELD_MAX } from '@/lib/assignments/limits';
import { MAP_ASSIGNMENT } from '@/lib/assignments/map-limits';
import type { Rubric } from '@/lib/studio/rubric';
import { previous, type FormAction } from './form-state';
import { RubricEditor } from './rubric-editor';
import styles from './rubric-editor.module.css';

export type MapChoice = { id: string; title: string; description: string };

/** The rubric the form sent last time (after a refusal), or the course's default. */
function startingRubric(sent: unknown, fallback: Rubric): Rubric {
  if (typeof sent !== 'string') return fallback;
  try {
    const rubric = JSON.parse(sent) as Rubric;
    return Array.isArray(rubric?.criteria) ? rubric : fallback;
  } catch {
    return fallback;
  }
}

/**
 * A new map assignment ("Klantreiskaart"): title, template, starting point, the brief in Markdown,
 * when, group hand-in, and the rubric (the course's default, editable). A refusal keeps what was typed.
 */
export function MapAssignmentForm({
  action,
  templates,
  starts,
  rubric: defaultRubric,
}: {
  action: FormAction;
  templates: MapChoice[];
  starts: MapChoice[];
  rubric: Rubric;
}) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  const [rubric, setRubric] = useState(() => startingRubric(state.values?.rubric, defaultRubric));

  return (
    <form
      className={formStyles.form}
      action={formAction}
      aria-label="Nieuwe klantreiskaart"
      // As the quiz form: React would reset the fields after a refusal; the rubric is state it holds.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      <input type="hidden" name="kind" value="kaart" />
      <input type="hidden" name="rubric" value={JSON.stringify(rubric)} />
      <div className={formStyles.formField}>
        <label htmlFor="map-title">Titel</label>
        <input
          id="map-title"
          name="title"
          required
          maxLength={FIELD_MAX.title}
          defaultValue={previous(state, 'title')}
          placeholder="Bijvoorbeeld: Klantreis telefoon kopen, klas 2B"
        />
      </div>

      <fieldset>
        <legend>Welk sjabloon?</legend>
        {templates.map((template, index) => (
          <label key={template.id} className={formStyles.choiceInline}>
            <input
              type="radio"
              name="template"
              value={template.id}
              required
              defaultChecked={previous(state, 'template', templates[0]?.id) === template.id || (index === 0 && !state.values)}
            />
            <span>
              <strong>{template.title}</strong>
              {template.description ? `: ${template.description}` : ''}
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Waarmee beginnen leerlingen?</legend>
        {starts.map((start) => (
          <label key={start.id} className={formStyles.choiceInline}>
            <input
              type="radio"
              name="start"
              value={start.id}
              required
              defaultChecked={previous(state, 'start', starts[0]?.id) === start.id}
            />
            <span>
              <strong>{start.title}</strong>
              {start.description ? `: ${start.description}` : ''}
            </span>
          </label>
        ))}
      </fieldset>

      <div className={formStyles.formField}>
        <label htmlFor="brief">Opdrachttekst (mag leeg)</label>
        <p className={formStyles.formHint} id="brief-hint">
          Leerlingen zien deze tekst boven de kaart. Je kunt Markdown gebruiken: **vet**, *schuin*, een lijst met - aan het begin
          van een regel.
        </p>
        <textarea
          id="brief"
          name="brief"
          rows={6}
          className={styles.text}
          maxLength={MAP_ASSIGNMENT.brief}
          aria-describedby="brief-hint"
          defaultValue={previous(state, 'brief')}
        />
      </div>

      <fieldset>
        <legend>Wanneer?</legend>
        <div className={formStyles.formRow}>
          <div className={formStyles.formField}>
            <label htmlFor="map-opensAt">Open vanaf (mag leeg: meteen)</label>
            <input id="map-opensAt" name="opensAt" type="datetime-local" defaultValue={previous(state, 'opensAt')} />
          </div>
          <div className={formStyles.formField}>
            <label htmlFor="map-closesAt">Sluit op (mag leeg: blijft open)</label>
            <input id="map-closesAt" name="closesAt" type="datetime-local" defaultValue={previous(state, 'closesAt')} />
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend>Samen inleveren?</legend>
        <label className={formStyles.choiceInline}>
          <input type="checkbox" name="groups" value="ja" defaultChecked={previous(state, 'groups') === 'ja'} />
          <span>Leerlingen mogen in een groep één kaart inleveren en vullen dan de namen van hun groepsleden in.</span>
        </label>
      </fieldset>

      <fieldset>
        <legend>Rubric</legend>
        <p className={formStyles.formHint}>
          Hiermee beoordeel je de kaarten. Dit is de rubric van de cursus; pas hem aan als je wilt.
        </p>
        <RubricEditor value={rubric} onChange={setRubric} />
      </fieldset>

      <FormError>{state.error}</FormError>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Bezig…' : 'Maak de opdracht'}
      </button>
    </form>
  );
}
