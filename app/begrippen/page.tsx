import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { getCourse } from '@/lib/content/course.server';
import styles from './glossary.module.css';

export const metadata: Metadata = {
  title: 'Begrippenlijst',
  description: 'Alle begrippen uit de cursus over de customer journey, met uitleg en een link naar de les.',
};

export default async function GlossaryPage() {
  const { glossary, lessons } = await getCourse();
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  const entries = [...glossary].sort((a, b) => collator.compare(a.term, b.term));
  const lessonOf = new Map(lessons.map((lesson) => [lesson.slug, lesson]));
  return (
    <div className={`page ${styles.glossary}`}>
      <h1>Begrippenlijst</h1>
      <p className="lead">
        {entries.length} begrippen uit de lessen, op alfabet. Bij elk begrip staat de les waarin je het leert.
      </p>
      <p>
        <Link href="/begrippen/oefenen" className="button">
          Oefen de begrippen met flitskaarten
        </Link>
      </p>
      <dl className={styles.glossaryList}>
        {entries.map((entry) => {
          const lesson = lessonOf.get(entry.lesson)!;
          return (
            <div key={entry.id} id={entry.id} className={styles.glossaryEntry}>
              <dt>{entry.term}</dt>
              <dd>
                {entry.definition}{' '}
                <Link href={`/lessen/${lesson.slug}#begrip-${entry.id}`} className="glossary-back">
                  Zie les {lesson.order}: {lesson.title}
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
