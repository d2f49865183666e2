'use client';

import { FormError } from '@/components/ui/form-error';
import { usePostThenReload } from './use-post-then-reload';

/** Starts the next attempt (the server checks that one is left). */
export function NewAttemptButton({ code, number }: { code: string; number: number }) {
  const { post, error } = usePostThenReload(`/api/opdracht/${code}/poging`);
  return (
    <div className="exercise-actions">
      <button type="button" className="button button-primary" onClick={() => void post()}>
        Begin poging {number}
      </button>
      <FormError>{error}</FormError>
    </div>
  );
}
