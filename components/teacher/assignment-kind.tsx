'use client';

import { useState, type ReactNode } from 'react';
import formStyles from '@/components/ui/form.module.css';

/** The first choice of a new assignment: a quiz from the banks, or a customer journey map. Each has its own form. */
export function AssignmentKind({
  quiz,
  map,
  initial = 'toets',
}: {
  quiz: ReactNode;
  map: ReactNode;
  initial?: 'toets' | 'kaart';
}) {
  const [kind, setKind] = useState(initial);
  return (
    <>
      <fieldset className={formStyles.form}>
        <legend>Wat voor opdracht?</legend>
        <label className={formStyles.choiceInline}>
          <input type="radio" name="soort" value="toets" checked={kind === 'toets'} onChange={() => setKind('toets')} />
          <span>
            <strong>Toets</strong>: vragen uit de toetsbank of de oefenbank; de server kijkt na.
          </span>
        </label>
        <label className={formStyles.choiceInline}>
          <input type="radio" name="soort" value="kaart" checked={kind === 'kaart'} onChange={() => setKind('kaart')} />
          <span>
            <strong>Klantreiskaart</strong>: leerlingen maken een persona, empathiekaart of klantreis en leveren die in; jij
            beoordeelt met een rubric.
          </span>
        </label>
      </fieldset>
      {kind === 'toets' ? quiz : map}
    </>
  );
}
