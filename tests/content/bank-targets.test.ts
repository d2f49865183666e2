import { beforeAll, describe, expect, test } from 'vitest';
import { loadCourse, type Course } from '@/lib/content/course.server';
import { loadTestBank } from '@/lib/content/toetsbank.server';
import { blanksOf } from '@/lib/scoring/fill-blanks-text';
import { LEVELS, type Exercise, type ExerciseType, type Level } from '@/lib/scoring/schema';

// What a teacher asks of the bank as a whole (issue 12): enough exercises, most of them beyond
// recall, every type used, a final test of its own, and options that do not give the answer away.
// The toetsbank's own targets are in toetsbank.test.ts.

let course: Course;
let testBank: Exercise[];
beforeAll(async () => {
  course = await loadCourse();
  testBank = [...(await loadTestBank(course)).values()];
});

const TYPES: ExerciseType[] = ['single-choice', 'multiple-choice', 'true-false', 'ordering', 'categorize', 'matching', 'fill-blanks', 'open'];
const ABOVE_UNDERSTANDING: Level[] = ['toepassen', 'analyseren', 'creëren'];
const share = (exercises: Exercise[], level: Level) => exercises.filter((exercise) => exercise.level === level).length / exercises.length;
const byLevel = (exercises: Exercise[]) => Object.fromEntries(LEVELS.map((level) => [level, exercises.filter((e) => e.level === level).length]));

describe('the practice bank', () => {
  test('has at least 140 exercises, at most 45% of them onthouden', () => {
    const bank = [...course.bank.values()];
    expect(bank.length).toBeGreaterThanOrEqual(140);
    expect(share(bank, 'onthouden'), JSON.stringify(byLevel(bank))).toBeLessThanOrEqual(0.45);
  });

  test('uses each of the 8 types at least 8 times', () => {
    const bank = [...course.bank.values()];
    const counts = Object.fromEntries(TYPES.map((type) => [type, bank.filter((exercise) => exercise.type === type).length]));
    for (const type of TYPES) expect(counts[type], JSON.stringify(counts)).toBeGreaterThanOrEqual(8);
  });

  test('has in every lesson at least 4 exercises at toepassen or higher', () => {
    for (const lesson of course.lessons) {
      const applied = lesson.exerciseIds.filter((id) => ABOVE_UNDERSTANDING.includes(course.bank.get(id)!.level));
      expect(applied.length, lesson.file).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('the Eindtoets', () => {
  test('asks 30 questions of its own, none of them in a lesson', () => {
    expect(course.finalTest.exercises).toHaveLength(30);
    const inLessons = new Set(course.lessons.flatMap((lesson) => lesson.exerciseIds));
    expect(course.finalTest.exercises.filter((id) => inLessons.has(id))).toEqual([]);
  });

  test('is balanced across the lessons, and at most 40% of it is onthouden', () => {
    const questions = course.finalTest.exercises.map((id) => course.bank.get(id)!);
    const perLesson = course.lessons.map((lesson) => questions.filter((question) => question.topic === lesson.slug).length);
    expect(Math.max(...perLesson) - Math.min(...perLesson), `per lesson: ${perLesson.join(', ')}`).toBeLessThanOrEqual(1);
    expect(share(questions, 'onthouden'), JSON.stringify(byLevel(questions))).toBeLessThanOrEqual(0.4);
  });
});

// Words a test-wise student learns to distrust: when only wrong options carry them, they give the answer away.
const ABSOLUTE = /\b(altijd|nooit|alle|alleen|iedereen|niemand)\b/i;

describe('options do not give the answer away', () => {
  const choices = () =>
    [...course.bank.values(), ...testBank].filter(
      (exercise): exercise is Extract<Exercise, { type: 'single-choice' | 'multiple-choice' }> =>
        exercise.type === 'single-choice' || exercise.type === 'multiple-choice',
    );

  test('absolute words ("altijd", "nooit", "alle", "alleen") are not found in two or more wrong options and in no right one', () => {
    const giveaways = choices().filter((exercise) => {
      const wrong = exercise.options.filter((option) => !option.correct && ABSOLUTE.test(option.text));
      const right = exercise.options.filter((option) => option.correct && ABSOLUTE.test(option.text));
      return wrong.length >= 2 && right.length === 0;
    });
    expect(giveaways.map((exercise) => exercise.id)).toEqual([]);
  });

  test('the one right answer of a single-choice question is not by far its longest option', () => {
    const tooLong = choices()
      .filter((exercise) => exercise.type === 'single-choice')
      .filter((exercise) => {
        const right = exercise.options.find((option) => option.correct)!.text.length;
        const longestWrong = Math.max(...exercise.options.filter((option) => !option.correct).map((option) => option.text.length));
        return right > 1.5 * longestWrong && right - longestWrong > 20;
      });
    expect(tooLong.map((exercise) => exercise.id)).toEqual([]);
  });
});

describe('fill-blanks', () => {
  // A reviewer reads tests/content/fill-blanks.md to see at a glance what each blank accepts. When a
  // blank changes, this test fails until the file is updated: `npx vitest run tests/content -u`.
  test('accept these answers per blank', async () => {
    const lines = [
      '# Fill-blanks: the answers each blank accepts',
      '',
      'Generated by tests/content/bank-targets.test.ts. Capitals, accents and spaces at the ends never matter;',
      'with typo tolerance, one typo in an answer of 5 or more letters counts too.',
    ];
    for (const exercise of [...course.bank.values(), ...testBank]) {
      if (exercise.type !== 'fill-blanks') continue;
      lines.push('', `## ${exercise.id} (${exercise.topic}${exercise.typoTolerance ? ', typo tolerance' : ''})`, '');
      blanksOf(exercise.text).forEach((answers, index) => lines.push(`${index + 1}. ${answers.join(' | ')}`));
    }
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./fill-blanks.md');
  });
});
