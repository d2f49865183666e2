import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { getCourse } from '@/lib/content/course.server';
import styles from './sources.module.css';

export const metadata: Metadata = {
  title: 'Bronnen',
  description: 'De bronnen waar de feiten in de cursus over de customer journey vandaan komen, per les en per feit.',
};

export default async function SourcesPage() {
  const { lessons, sources } = await getCourse();
  const shortOf = new Map(sources.sources.map((source) => [source.id, source.short]));
  return (
    <div className={`page ${styles.sources}`}>
      <h1>Bronnen</h1>
      <p className="lead">
        Hier zie je waar de feiten in deze cursus vandaan komen. Alle teksten en oefeningen zijn opnieuw geschreven in eenvoudig
        Nederlands. Waar bronnen elkaar tegenspreken, zegt de les dat, met de naam van de bron erbij.
      </p>
      <h2>Gebruikte bronnen</h2>
      <ul className={styles.sourceList}>
        {sources.sources.map((source) => (
          <li key={source.id} id={`bron-${source.id}`}>
            <strong>{source.short}</strong>: <cite>{source.title}</cite>. {source.description}
          </li>
        ))}
      </ul>
      <h2>Per les: welk feit uit welke bron</h2>
      {lessons.map((lesson) => {
        const facts = sources.lessons.find((entry) => entry.lesson === lesson.slug)?.facts ?? [];
        return (
          <section key={lesson.slug} aria-labelledby={`bronnen-${lesson.slug}`}>
            <h3 id={`bronnen-${lesson.slug}`}>
              <Link href={`/lessen/${lesson.slug}`}>
                Les {lesson.order}: {lesson.title}
              </Link>
            </h3>
            {facts.length > 0 ? (
              <table className={`compare-table ${styles.sourceTable}`}>
                <thead>
                  <tr>
                    <th scope="col">Wat de les zegt</th>
                    <th scope="col">Bron</th>
                  </tr>
                </thead>
                <tbody>
                  {facts.map((fact) => (
                    <tr key={fact.fact}>
                      <td>{fact.fact}</td>
                      <td>
                        {fact.sources.map((id, index) => (
                          <span key={id}>
                            {index > 0 ? '; ' : ''}
                            <a href={`#bron-${id}`}>{shortOf.get(id)}</a>
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <ul className={styles.sourceList}>
                {lesson.sources.map((source) => (
                  <li key={source}>{source}</li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
