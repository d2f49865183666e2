'use client';

import { useId, useRef } from 'react';
import './print.css';

/**
 * "Afdrukken" on a lesson page: a native dialog asks with or without the answers, then opens the
 * browser's print. With answers, <html data-print-answers> lets the print styles show the answers
 * page (components/print/print.css) until the print is done. Hidden in print itself.
 */
export function PrintLessonButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const print = (answers: boolean) => {
    const root = document.documentElement;
    root.toggleAttribute('data-print-answers', answers);
    dialog.current?.close();
    addEventListener('afterprint', () => root.removeAttribute('data-print-answers'), { once: true });
    window.print();
  };
  return (
    <>
      <button type="button" className="button printButton" onClick={() => dialog.current?.showModal()}>
        Afdrukken
      </button>
      <dialog ref={dialog} className="printDialog" aria-labelledby={titleId}>
        <h2 id={titleId}>Les afdrukken</h2>
        <p>Wil je de antwoorden erbij? Ze komen op een aparte bladzijde aan het eind.</p>
        <div className="exercise-actions">
          <button type="button" className="button button-primary" onClick={() => print(false)}>
            Zonder antwoorden
          </button>
          <button type="button" className="button" onClick={() => print(true)}>
            Met antwoorden
          </button>
          <form method="dialog">
            <button className="button">Annuleren</button>
          </form>
        </div>
      </dialog>
    </>
  );
}
