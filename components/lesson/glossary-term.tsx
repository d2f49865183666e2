import type { ReactNode } from 'react';
import { endSentence } from '@/lib/format/sentence';
import styles from './glossary-term.module.css';

/**
 * A glossary term in a lesson (the MDX <Begrip>): a button that opens the short definition in place,
 * with a link to the glossary. It uses the native `popover` attribute, so it ships no JavaScript:
 * Enter or a tap opens it, Escape or a tap elsewhere closes it and focus returns to the term.
 * `anchor` puts `id="begrip-<id>"` on the term, for the glossary's link back (the first use only).
 */
export function GlossaryTerm({
  id,
  term,
  definition,
  popoverId,
  anchor,
  children,
}: {
  id: string;
  term: string;
  definition: string;
  /** Unique on the page: a term used twice gets two popovers. */
  popoverId: string;
  anchor: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <button
        type="button"
        id={anchor ? `begrip-${id}` : undefined}
        className={styles.term}
        popoverTarget={popoverId}
        data-term={id}
      >
        {children}
      </button>
      <span id={popoverId} popover="auto" role="dialog" aria-label={`Begrip: ${term}`} className={styles.popover}>
        <strong className={styles.popoverTerm}>{term}</strong>
        <span className={styles.definition}>{endSentence(definition)}</span>
        <span className={styles.actions}>
          <a href={`/begrippen#${id}`}>Naar de begrippenlijst</a>
          <button type="button" popoverTarget={popoverId} popoverTargetAction="hide" className={styles.close}>
            Sluiten
          </button>
        </span>
      </span>
    </>
  );
}
