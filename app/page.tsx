import Link from '@/components/ui/link';
import { CodeForm } from '@/components/home/code-form';
import { CourseMap } from '@/components/home/course-map';
import { ContinueLink, LessonCardProgress } from '@/components/progress/home-progress';
import { ClockIcon } from '@/components/ui/clock-icon';
import { countOf } from '@/lib/format/plural';
import { getCourse } from '@/lib/content/course.server';
import styles from './home.module.css';

export default async function HomePage() {
  const { lessons, glossary, finalTest } = await getCourse();
  const refs = lessons.map(({ slug, title, order, exerciseIds }) => ({ slug, title, order, exerciseIds }));
  const minutes = lessons.reduce((total, lesson) => total + lesson.duration, 0);
  return (
    <div className="page home">
      <header className={styles.homeIntro}>
        <p className="eyebrow">Cursus · mbo 4 en hbo jaar 1</p>
        <h1>De customer journey</h1>
        <p className="lead">
          Hoe komt een klant bij een bedrijf terecht, en waarom komt hij terug? Je volgt de reis van de klant van het eerste
          contact tot na de aankoop. Na elke uitleg oefen je meteen.
        </p>
        <p className={styles.homeMeta}>
          {countOf(lessons.length, 'les', 'lessen')} · ongeveer {countOf(minutes, 'minuut', 'minuten')}
        </p>
        <ContinueLink lessons={refs} />
        <p className={styles.homeMeta}>
          <a href="#code-van-je-docent">Heb je een code van je docent?</a>
        </p>
      </header>

      <CourseMap lessons={refs} />

      <h2 className={styles.sectionTitle}>Lessen</h2>
      <ol className={styles.lessonList}>
        {lessons.map((lesson, index) => (
          <li key={lesson.slug} className={styles.lessonCard}>
            <p className={styles.lessonCardNumber}>Les {lesson.order}</p>
            <h3 className={styles.lessonCardTitle}>
              <Link href={`/lessen/${lesson.slug}`}>{lesson.title}</Link>
            </h3>
            <p className={styles.lessonCardDescription}>{lesson.description}</p>
            <p className={styles.lessonCardMeta}>
              <ClockIcon /> {countOf(lesson.duration, 'minuut', 'minuten')} ·{' '}
              {countOf(lesson.exerciseIds.length, 'oefening', 'oefeningen')}
            </p>
            <LessonCardProgress lesson={refs[index]!} />
            <details className={styles.lessonCardObjectives}>
              <summary>Leerdoelen</summary>
              <ul>
                {lesson.objectives.map((objective) => (
                  <li key={objective}>{objective}</li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>

      <section className={styles.homeAfter} aria-labelledby="na-de-lessen">
        <h2 id="na-de-lessen" className={styles.sectionTitle}>
          Na de lessen
        </h2>
        <ul className={styles.homeLinks}>
          <li>
            <Link href="/oefenen">Oefenen</Link>: herhaal oefeningen op het juiste moment.
          </li>
          <li>
            <Link href="/begrippen/oefenen">Begrippen oefenen</Link>: leer de begrippen met flitskaarten.
          </li>
          <li>
            <Link href="/eindtoets">Eindtoets</Link>: {countOf(finalTest.exercises.length, 'vraag', 'vragen')} over alle lessen,
            met een uitslag per les.
          </li>
          <li>
            <Link href="/begrippen">Begrippenlijst</Link>: alle {countOf(glossary.length, 'begrip', 'begrippen')} op een rij.
          </li>
          <li>
            <Link href="/bronnen">Bronnen</Link>: waar de feiten in deze cursus vandaan komen.
          </li>
        </ul>
      </section>

      <section className={styles.homeCode} aria-labelledby="code-van-je-docent">
        <h2 id="code-van-je-docent" className={styles.sectionTitle}>
          Heb je een code van je docent?
        </h2>
        <p>Maak dan de opdracht die je docent voor je klaarzette.</p>
        <CodeForm label="Code van je docent" />
      </section>
    </div>
  );
}
