import type { Metadata } from 'next';
import { FinalTestRunner, type Question } from '@/components/final-test/final-test-runner';
import { toQuestion } from '@/components/final-test/question';
import { getCourse } from '@/lib/content/course.server';

export const metadata: Metadata = {
  title: 'Eindtoets',
  description: 'Dertig nieuwe vragen over de hele cursus, met aan het eind een uitslag per les.',
};

export default async function FinalTestPage() {
  const { finalTest, bank, lessons } = await getCourse();
  const lessonOf = new Map(lessons.map((lesson) => [lesson.slug, lesson]));
  const questions: Question[] = finalTest.exercises.map((id) => {
    const exercise = bank.get(id)!;
    const lesson = lessonOf.get(exercise.topic)!;
    return toQuestion(exercise, lesson);
  });
  return (
    <div className="page final-test">
      <h1>{finalTest.title}</h1>
      <p className="lead">{finalTest.intro}</p>
      <FinalTestRunner questions={questions} />
    </div>
  );
}
