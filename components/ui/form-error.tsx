import type { ReactNode } from 'react';

/**
 * What went wrong with a form or a request, in Dutch, announced at once (role="alert").
 * Renders nothing without a message, so it can stand in a form unconditionally.
 */
export function FormError({ id, children }: { id?: string; children: ReactNode }) {
  if (children === null || children === undefined || children === false || children === '') return null;
  return (
    <p className="form-error" id={id} role="alert">
      {children}
    </p>
  );
}
