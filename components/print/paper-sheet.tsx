import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import { Breadcrumb } from '@/components/teacher/breadcrumb';
import { PrintPageButton } from './print-page-button';
import './print.css';

/**
 * A page that is a sheet of paper (the teacher's paper test and its answer key): on screen a way back,
 * a word on what it is and a print button; on paper only the sheet.
 */
export function PaperSheet({
  back,
  intro,
  printLabel,
  other,
  children,
}: {
  back: { href: string; label: string };
  intro: string;
  printLabel: string;
  /** The other sheet of the pair. */
  other: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <>
      <div className="screenOnly paperToolbar">
        <Breadcrumb trail={[back]} />
        <p>{intro}</p>
        <div className="exercise-actions">
          <PrintPageButton>{printLabel}</PrintPageButton>
          <Link className="button" href={other.href}>
            {other.label}
          </Link>
        </div>
      </div>
      <article className="paperSheet">{children}</article>
    </>
  );
}

/** "Naam: ____ Klas: ____" at the top of a test. */
export function NameLine() {
  return (
    <p className="paperNameLine">
      <span>Naam:</span> <span className="paperLine" /> <span>Klas:</span> <span className="paperLine paperLineClass" />
    </p>
  );
}
