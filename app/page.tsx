import Link from 'next/link';
import { ContinueLink, LessonCardProgress } from '@/components/progress/home-progress';
import { ClockIcon } from '@/components/ui/clock-icon';
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
          {lessons.length === 1 ? '1 les' : `${lessons.length} lessen`} · ongeveer {minutes} minuten
        </p>
        <ContinueLink lessons={refs} />
      </header>

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
              <ClockIcon /> {lesson.duration} minuten · {lesson.exerciseIds.length} oefeningen
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
            <Link href="/eindtoets">Eindtoets</Link>: {finalTest.exercises.length} vragen over alle lessen, met een uitslag per
            les.
          </li>
          <li>
            <Link href="/begrippen">Begrippenlijst</Link>: alle {glossary.length} begrippen op een rij.
          </li>
          <li>
            <Link href="/bronnen">Bronnen</Link>: waar de feiten in deze cursus vandaan komen.
          </li>
        </ul>
      </section>
    </div>
  );
}
