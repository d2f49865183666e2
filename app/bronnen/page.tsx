import type { Metadata } from 'next';
import Link from 'next/link';
import { getCourse } from '@/lib/content/course.server';

export const metadata: Metadata = {
  title: 'Bronnen',
  description: 'De bronnen waar de feiten in de cursus over de customer journey vandaan komen.',
};

export default async function SourcesPage() {
  const { lessons } = await getCourse();
  return (
    <div className="page sources">
      <h1>Bronnen</h1>
      <p className="lead">
        De feiten in deze cursus komen uit de bronnen hieronder. Alle teksten en oefeningen zijn opnieuw geschreven in eenvoudig
        Nederlands. Waar bronnen elkaar tegenspreken, bijvoorbeeld over de namen van de fasen, staat dat in de les.
      </p>
      <h2>Gebruikte bronnen</h2>
      <ul className="source-list">
        <li>
          Samenvatting Accountmanagement, Customer Journey blok 2, jaar 1. Over: <cite>Basisboek Sales Professional</cite>,
          hoofdstuk 2 (Analyseert de customer journey), §2.3 tot en met §2.5.
        </li>
        <li>
          LessonUp-les <cite>4ECEa Customer Journey week 1.3: Basis Customer Journey</cite> (Retail, mbo, studiejaar 1).
        </li>
        <li>
          Blogartikel <cite>Customer journey mapping</cite> (2016), met verwijzingen naar B2bmarketeers, Bekel (Frankwatching,
          2015), Dalmulder (Caramelbusiness, 2014) en Nguyen (2016).
        </li>
        <li>
          Floris, <cite>Alles over de customer journey fases incl. 2 voorbeelden</cite>, Sales kennis, 9 november 2024.
        </li>
        <li>
          Koen van Hooren Marketing, <cite>Customer Journey</cite> (de fasen van de sales funnel).
        </li>
      </ul>
      <h2>Per les</h2>
      <ul className="source-list">
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <Link href={`/lessen/${lesson.slug}`}>
              Les {lesson.order}: {lesson.title}
            </Link>
            <ul>
              {lesson.sources.map((source) => (
                <li key={source}>{source}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
