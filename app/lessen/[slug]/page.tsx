import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { LessonEnd } from '@/components/lesson/lesson-end';
import { LessonProgress } from '@/components/progress/lesson-progress';
import { ClockIcon } from '@/components/ui/clock-icon';
import { notFound } from 'next/navigation';
import { LessonContent } from '@/components/mdx/lesson-content';
import { LessonPrintLink } from '@/components/print/lesson-print-link';
import { getCourse } from '@/lib/content/course.server';
import { contentsOf } from '@/lib/content/lesson-schema';
import { getTestBank } from '@/lib/content/toetsbank.server';
import { countOf } from '@/lib/format/plural';
import styles from './lesson.module.css';

// Only the lessons known at build time exist: any other slug is a 404, never a file read.
export const dynamicParams = false;

type Params = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const { lessons } = await getCourse();
  // Checks the toetsbank too, so a mistake in it stops the build like one in a lesson. Nothing of
  // it is rendered: it stays on the server.
  await getTestBank();
  return lessons.map((lesson) => ({ slug: lesson.slug }));
}

async function findLesson(slug: string) {
  const course = await getCourse();
  const index = course.lessons.findIndex((lesson) => lesson.slug === slug);
  return index === -1 ? null : { course, index, lesson: course.lessons[index]! };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = await findLesson((await params).slug);
  return found ? { title: found.lesson.title, description: found.lesson.description } : {};
}

export default async function LessonPage({ params }: Params) {
  const found = await findLesson((await params).slug);
  if (!found) notFound();
  const { course, index, lesson } = found;
  const previous = course.lessons[index - 1];
  const next = course.lessons[index + 1];
  // The lesson's goals with the lesson's own exercises that practise each, for the end card.
  const goals = lesson.objectives
    .map((text, goalIndex) => ({
      text,
      exerciseIds: lesson.exerciseIds.filter((id) => course.bank.get(id)?.goal === goalIndex + 1),
    }))
    .filter((goal) => goal.exerciseIds.length > 0);

  return (
    <article className="page lesson">
      <div className={styles.lessonLayout}>
        <header className={styles.lessonHeader}>
          <p className="eyebrow">
            Les {lesson.order} van {course.lessons.length}
          </p>
          <h1>{lesson.title}</h1>
          <p className="lead">{lesson.description}</p>
          <p className={styles.lessonMeta}>
            <ClockIcon /> Ongeveer {countOf(lesson.duration, 'minuut', 'minuten')} ·{' '}
            {countOf(lesson.exerciseIds.length, 'oefening', 'oefeningen')}
          </p>
          <LessonProgress slug={lesson.slug} exerciseIds={lesson.exerciseIds} />
          <LessonPrintLink slug={lesson.slug} />
          <section className={styles.objectives} aria-labelledby="leerdoelen">
            <h2 id="leerdoelen">Leerdoelen</h2>
            <p>Na deze les:</p>
            <ul>
              {lesson.objectives.map((objective) => (
                <li key={objective}>{objective}</li>
              ))}
            </ul>
            <p className={styles.summaryLink}>
              <Link href={`/lessen/${lesson.slug}/samenvatting`}>Leerkaart: de samenvatting op één A4</Link>
            </p>
          </section>
        </header>
        <nav className={styles.toc} aria-labelledby="toc-title">
          <h2 id="toc-title" className={styles.tocTitle}>
            In deze les
          </h2>
          <ol>
            {contentsOf(lesson.headings).map((heading) => (
              <li key={heading.id}>
                <a href={`#${heading.id}`}>{heading.text}</a>
              </li>
            ))}
          </ol>
        </nav>
        <div className={styles.prose}>
          <LessonContent
            code={lesson.code}
            bank={course.bank}
            glossary={course.glossary}
            exerciseIds={lesson.exerciseIds}
            sections={lesson.sections}
          />
          <LessonEnd lesson={lesson} exerciseIds={lesson.exerciseIds} goals={goals} next={next} />
        </div>
      </div>

      <nav className={styles.lessonPager} aria-label="Andere lessen">
        {previous ? (
          <Link href={`/lessen/${previous.slug}`} rel="prev" className={styles.pagerLink}>
            <span className={styles.pagerLabel}>← Vorige les</span>
            <span className={styles.pagerTitle}>{previous.title}</span>
          </Link>
        ) : (
          <Link href="/" className={styles.pagerLink}>
            <span className={styles.pagerLabel}>← Overzicht</span>
            <span className={styles.pagerTitle}>Alle lessen</span>
          </Link>
        )}
        {next ? (
          <Link href={`/lessen/${next.slug}`} rel="next" className={`${styles.pagerLink} ${styles.pagerNext}`}>
            <span className={styles.pagerLabel}>Volgende les →</span>
            <span className={styles.pagerTitle}>{next.title}</span>
          </Link>
        ) : (
          <Link href="/" className={`${styles.pagerLink} ${styles.pagerNext}`}>
            <span className={styles.pagerLabel}>Klaar met deze les →</span>
            <span className={styles.pagerTitle}>Terug naar het overzicht</span>
          </Link>
        )}
      </nav>
    </article>
  );
}
