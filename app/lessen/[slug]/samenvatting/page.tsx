import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SummaryCard } from '@/components/summary/summary-card';
import { getCourse } from '@/lib/content/course.server';
import { keyTermsOf, summaryDiagramOf, summaryTitle } from '@/lib/content/summary';

// Only the lessons known at build time have a card: any other slug is a 404, never a file read.
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
  return found
    ? {
        title: summaryTitle(found.lesson.title),
        description: `Leerkaart bij les ${found.lesson.order}: leerdoelen, begrippen en een schema.`,
      }
    : {};
}

export default async function SummaryPage({ params }: Params) {
  const found = await findLesson((await params).slug);
  if (!found) notFound();
  const { course, lesson } = found;
  return (
    <SummaryCard
      lesson={lesson}
      lessonCount={course.lessons.length}
      terms={keyTermsOf(lesson, course.glossary)}
      diagramId={summaryDiagramOf(lesson)}
    />
  );
}
