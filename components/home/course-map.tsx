import Link from '@/components/ui/link';
import { Station, type StationLesson } from './station';
import styles from './course-map.module.css';

/**
 * "Jouw klantreis": the lessons as stations on a route (app/page.tsx). The route and the lessons
 * are server-rendered; each station (a small client component) reads its state from progress and
 * shows it in words, in the shape of its marker and in colour. The list is the map's text: the
 * drawing is decoration for screen readers. Vertical on a phone, one row on a wide screen.
 */
export function CourseMap({ lessons }: { lessons: StationLesson[] }) {
  return (
    <section className={styles.courseMap} aria-labelledby="jouw-klantreis">
      <h2 id="jouw-klantreis" className={styles.courseMapTitle}>
        Jouw klantreis
      </h2>
      <p className={styles.courseMapIntro}>Elke les is een halte. Een halte licht op als je de les beheerst.</p>
      <ol className={styles.stations} style={{ '--stations': lessons.length } as React.CSSProperties}>
        {lessons.map((lesson) => (
          <Station key={lesson.slug} lesson={lesson} />
        ))}
      </ol>
      <p className={styles.courseMapStudio}>
        Zelf een klantreis maken? In de <Link href="/studio">Klantreis-studio</Link> maak je een persona, een empathy map en een
        customer journey map.
      </p>
    </section>
  );
}
