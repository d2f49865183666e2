import 'server-only';
import type { NewAssignment } from '../db/assignments.server';
import type { Course } from '../content/course.server';

// What a teacher in the LMS can add besides an assignment (Deep Linking): a lesson with its
// exercises, or the Eindtoets. Either becomes an assignment of that teacher, graded on the server
// like any other, so scores go to the LMS and the teacher's results page shows them. The exercises
// are the course's own (the lesson's and the Eindtoets's are also on the open site): for practice
// and formative use, not for a test that counts (the guide says so).

export type CourseChoice = { value: string; title: string; count: number };

/** The lessons (each with its exercises) and the Eindtoets, as choices on /docent/lms/koppelen. */
export function courseChoices(course: Pick<Course, 'lessons' | 'finalTest'>): {
  lessons: CourseChoice[];
  finalTest: CourseChoice;
} {
  return {
    lessons: course.lessons
      .filter((lesson) => lesson.exerciseIds.length > 0)
      .map((lesson) => ({
        value: `les:${lesson.slug}`,
        title: `Les ${lesson.order}: ${lesson.title}`,
        count: lesson.exerciseIds.length,
      })),
    finalTest: { value: 'eindtoets', title: course.finalTest.title, count: course.finalTest.exercises.length },
  };
}

/** The assignment a lesson or the Eindtoets becomes, or null for an unknown choice. */
export function courseAssignment(course: Pick<Course, 'lessons' | 'finalTest' | 'bank'>, choice: string): NewAssignment | null {
  const base = {
    selection: { mode: 'hand' as const },
    opensAt: null,
    closesAt: null,
    maxAttempts: 3,
    showAnswers: 'direct' as const,
  };
  const exercisesOf = (ids: readonly string[]) => ids.flatMap((id) => course.bank.get(id) ?? []);
  if (choice === 'eindtoets')
    return { ...base, title: course.finalTest.title, exercises: exercisesOf(course.finalTest.exercises), maxAttempts: 1 };
  const lesson = choice.startsWith('les:') ? course.lessons.find((candidate) => `les:${candidate.slug}` === choice) : undefined;
  if (!lesson || lesson.exerciseIds.length === 0) return null;
  return { ...base, title: `Les ${lesson.order}: ${lesson.title}`, exercises: exercisesOf(lesson.exerciseIds) };
}
