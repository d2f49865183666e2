import Link from '@/components/ui/link';
import { DIAGRAM_COMPONENTS } from '@/components/diagrams/diagrams';
import type { GlossaryEntry } from '@/lib/content/glossary';
import { summaryTitle } from '@/lib/content/summary';
import { endSentence } from '@/lib/format/sentence';
import styles from './summary-card.module.css';

type Props = {
  lesson: { slug: string; title: string; order: number; objectives: readonly string[] };
  lessonCount: number;
  terms: readonly GlossaryEntry[];
  /** A diagram id from DIAGRAM_COMPONENTS, or null for none. */
  diagramId: string | null;
};

function isDiagramId(id: string): id is keyof typeof DIAGRAM_COMPONENTS {
  return Object.hasOwn(DIAGRAM_COMPONENTS, id);
}

/**
 * A lesson's summary card: the learning goals, the terms the lesson teaches with their definitions
 * and one diagram. On screen a page with a way back; on paper one A4 without the site's frame.
 */
export function SummaryCard({ lesson, lessonCount, terms, diagramId }: Props) {
  const Diagram = diagramId && isDiagramId(diagramId) ? DIAGRAM_COMPONENTS[diagramId] : null;
  return (
    <article className={`page ${styles.card}`} data-summary-card>
      <header className={styles.head}>
        <p className="eyebrow">
          Les {lesson.order} van {lessonCount} · Leerkaart
        </p>
        <h1 className={styles.title}>{summaryTitle(lesson.title)}</h1>
        <nav aria-label="Terug" className={styles.screenOnly}>
          <Link href={`/lessen/${lesson.slug}`}>← Terug naar de les</Link> · <a href="/cursus.pdf">Alle lessen als PDF</a>
        </nav>
      </header>
      <div className={Diagram ? styles.columns : `${styles.columns} ${styles.noDiagram}`}>
        <section className={styles.goals} aria-labelledby="kaart-leerdoelen">
          <h2 id="kaart-leerdoelen">Dit moet je kunnen</h2>
          <ul>
            {lesson.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>
        <section className={styles.terms} aria-labelledby="kaart-begrippen">
          <h2 id="kaart-begrippen">Begrippen</h2>
          {terms.length > 0 ? (
            <dl>
              {terms.map((term) => (
                <div key={term.id} className={styles.term}>
                  <dt>{term.term}</dt>
                  <dd>{endSentence(term.definition)}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p>Deze les heeft geen nieuwe begrippen.</p>
          )}
        </section>
        {Diagram ? (
          <section className={styles.diagram} aria-labelledby="kaart-schema">
            <h2 id="kaart-schema">Schema</h2>
            <Diagram />
          </section>
        ) : null}
      </div>
      <p className={`${styles.tip} ${styles.screenOnly}`}>Tip: print deze kaart. Hij past op één A4.</p>
    </article>
  );
}
