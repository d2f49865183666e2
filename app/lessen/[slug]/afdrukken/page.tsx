import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LessonContent } from '@/components/mdx/lesson-content';
import { LessonAnswers } from '@/components/print/lesson-answers';
import { PrintLessonButton } from '@/components/print/print-lesson-button';
import Link from '@/components/ui/link';
import { getCourse } from '@/lib/content/course.server';
import styles from '../lesson.module.css';

// A lesson on paper (docs/print.md): its text and pictures, the exercises as paper questions, and an
// answers page printed only on request. Static like the lesson; any other slug is a 404.
export const dynamicParams = false;

type Params = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const { lessons } = await getCourse();
  return lessons.map((lesson) => ({ slug: lesson.slug }));
}

async function findLesson(slug: string) {
  const course = await getCourse();
  const lesson = course.lessons.find((candidate) => candidate.slug === slug);
  return lesson ? { course, lesson } : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = await findLesson((await params).slug);
  return found ? { title: `${found.lesson.title} (afdrukken)`, description: found.lesson.description } : {};
}

export default async function PrintLessonPage({ params }: Params) {
  const found = await findLesson((await params).slug);
  if (!found) notFound();
  const { course, lesson } = found;
  return (
    <>
      <div className="screenOnly paperToolbar page">
        <p className="eyebrow">
          <Link href={`/lessen/${lesson.slug}`}>← Terug naar de les</Link>
        </p>
        <p>
          Dit is de les op papier: de tekst en de plaatjes, en de oefeningen als vragen met vakjes en lijnen. Bij Afdrukken kies
          je of de antwoorden erbij komen, op een aparte bladzijde aan het eind.
        </p>
        <PrintLessonButton />
      </div>
      <article className="page lesson paperSheet">
        <header className={styles.lessonHeader}>
          <p className="eyebrow">
            Les {lesson.order} van {course.lessons.length}
          </p>
          <h1>{lesson.title}</h1>
          <p className="lead">{lesson.description}</p>
          <section className={styles.objectives} aria-labelledby="leerdoelen">
            <h2 id="leerdoelen">Leerdoelen</h2>
            <p>Na deze les:</p>
            <ul>
              {lesson.objectives.map((objective) => (
                <li key={objective}>{objective}</li>
              ))}
            </ul>
          </section>
        </header>
        <div className={styles.prose}>
          <LessonContent
            code={lesson.code}
            bank={course.bank}
            glossary={course.glossary}
            exerciseIds={lesson.exerciseIds}
            sections={lesson.sections}
            paper
          />
        </div>
        <LessonAnswers title={lesson.title} exercises={lesson.exerciseIds.flatMap((id) => course.bank.get(id) ?? [])} />
      </article>
    </>
  );
}
