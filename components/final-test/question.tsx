import { Markdown } from '@/components/mdx/markdown';
import type { Lesson } from '@/lib/content/lesson-schema';
import type { Exercise } from '@/lib/scoring';
import type { Question } from './final-test-runner';

/** A bank exercise as a test question: its Markdown rendered on the server, with its lesson. */
export function toQuestion(exercise: Exercise, lesson: Pick<Lesson, 'slug' | 'title' | 'order'>): Question {
  return {
    exercise,
    lesson: { slug: lesson.slug, title: lesson.title, order: lesson.order },
    prompt: <Markdown source={exercise.prompt} inline />,
    explanation: <Markdown source={exercise.explanation} />,
    statement: exercise.type === 'true-false' ? <Markdown source={exercise.statement} inline /> : undefined,
  };
}
