'use client';

import { useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import { usePostThenReload } from './use-post-then-reload';
import styles from './switch-student.module.css';
import '@/components/progress/progress.css';

/** On a shared computer: the next student says "not me" and joins under their own name. */
export function SwitchStudent({ code, name, working }: { code: string; name: string; working: boolean }) {
  const [asking, setAsking] = useState(false);
  const { post, error } = usePostThenReload(`/api/opdracht/${code}/afmelden`);
  if (!asking) {
    return (
      <p>
        <button type="button" className={styles.linkButton} onClick={() => setAsking(true)}>
          Ben je niet {name}? Wissel van leerling
        </button>
      </p>
    );
  }
  return (
    <div className="progressConfirm" role="group" aria-label="Wissel van leerling">
      <p>
        {working
          ? `Dan kan niemand op deze computer meer verder met de poging van ${name}. Wat ${name} al invulde, blijft bewaard voor de docent.`
          : `Dan zie je hier niet meer de uitslag van ${name}. Die blijft bewaard voor de docent.`}
      </p>
      <FormError>{error}</FormError>
      <div className="exercise-actions">
        <button type="button" className="button button-primary" onClick={() => void post()}>
          Ja, ik ben iemand anders
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)}>
          Annuleer
        </button>
      </div>
    </div>
  );
}
