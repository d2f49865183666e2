import type { Metadata } from 'next';
import { PracticeExam } from '@/components/exam/practice-exam';
import { toQuestion } from '@/components/questions/to-question';
import { getCourse, practiceBank } from '@/lib/content/course.server';
import styles from '@/components/final-test/final-test.module.css';

export const metadata: Metadata = {
  title: 'Proeftoets',
  description: 'Een proeftoets over de lessen die jij kiest, met of zonder tijd, en een uitslag per les.',
};

export default async function PracticeExamPage() {
  const course = await getCourse();
  const { lessons } = course;
  const lessonOf = new Map(lessons.map((lesson) => [lesson.slug, lesson]));
  // Open exercises are self-checked: they have no place in an exam.
  const questions = practiceBank(course)
    .filter((exercise) => exercise.type !== 'open')
    .map((exercise) => toQuestion(exercise, { flow: 'test', lesson: lessonOf.get(exercise.topic)! }));
  return (
    <div className={`page ${styles.finalTest}`}>
      <h1>Proeftoets</h1>
      <p className="lead">
        Oefen voor je toets. Kies de lessen en hoeveel vragen je wilt. Je ziet pas aan het eind hoe je het gedaan hebt: je score,
        een uitslag per les en bij elke vraag het juiste antwoord met uitleg. Herlaad je de pagina, dan ga je verder waar je was.
      </p>
      <PracticeExam questions={questions} lessons={lessons.map(({ slug, title, order }) => ({ slug, title, order }))} />
    </div>
  );
}
