import type { Metadata } from 'next';
import { FinalTest } from '@/components/final-test/final-test';
import { toQuestion } from '@/components/questions/to-question';
import { getCourse } from '@/lib/content/course.server';
import styles from '@/components/final-test/final-test.module.css';

export const metadata: Metadata = {
  title: 'Eindtoets',
  description: 'Dertig nieuwe vragen over de hele cursus, met aan het eind een uitslag per les.',
};

export default async function FinalTestPage() {
  const { finalTest, bank, lessons } = await getCourse();
  const lessonOf = new Map(lessons.map((lesson) => [lesson.slug, lesson]));
  const questions = finalTest.exercises.map((id) => {
    const exercise = bank.get(id)!;
    return toQuestion(exercise, { flow: 'test', lesson: lessonOf.get(exercise.topic)! });
  });
  return (
    <div className={`page ${styles.finalTest}`}>
      <h1>{finalTest.title}</h1>
      <p className="lead">{finalTest.intro}</p>
      <FinalTest questions={questions} />
    </div>
  );
}
