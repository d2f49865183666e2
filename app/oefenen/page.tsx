import type { Metadata } from 'next';
import { PracticeSession } from '@/components/practice/practice-session';
import { toQuestion } from '@/components/questions/to-question';
import { getCourse, practiceBank } from '@/lib/content/course.server';
import styles from '@/components/practice/practice.module.css';

export const metadata: Metadata = {
  title: 'Oefenen',
  description: 'Herhaal oefeningen op het juiste moment, of oefen precies wat je nog fout had.',
};

export default async function PracticePage() {
  const course = await getCourse();
  const { lessons } = course;
  const order = new Map(lessons.map((lesson) => [lesson.slug, lesson.order]));
  // Open exercises are self-checked and have no place in a review schedule.
  const items = practiceBank(course)
    .filter((exercise) => exercise.type !== 'open')
    .sort((a, b) => order.get(a.topic)! - order.get(b.topic)!)
    .map((exercise) => toQuestion(exercise, { flow: 'practice' }));
  return (
    <div className={`page ${styles.practicePage}`}>
      <h1>Oefenen</h1>
      <p className="lead">
        Herhaal wat aan de beurt is: wat je fout had, komt sneller terug, wat je goed had later. Of oefen precies de oefeningen
        die je de laatste keer nog niet goed had.
      </p>
      <PracticeSession
        items={items}
        lessons={lessons.map(({ slug, title, order: number }) => ({ slug, title, order: number }))}
      />
    </div>
  );
}
