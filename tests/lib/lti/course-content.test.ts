import { describe, expect, test } from 'vitest';
import { courseAssignment, courseChoices } from '@/lib/lti/course-content.server';
import type { Lesson } from '@/lib/content/lesson-schema';
import type { Exercise } from '@/lib/scoring';
import { makeMultipleChoice, makeTrueFalse } from '../scoring/factories';

const mc = makeMultipleChoice();
const tf = makeTrueFalse();
const course = {
  lessons: [
    { slug: 'wat-is-een-customer-journey', order: 1, title: 'Wat is een customer journey?', exerciseIds: [mc.id, tf.id] },
    { slug: 'alleen-tekst', order: 2, title: 'Alleen tekst', exerciseIds: [] },
  ] as unknown as Lesson[],
  finalTest: { title: 'Eindtoets', intro: '', exercises: [tf.id] },
  bank: new Map<string, Exercise>([
    [mc.id, mc],
    [tf.id, tf],
  ]),
};

describe('a lesson or the Eindtoets added from the LMS', () => {
  test('the choices are the lessons that have exercises, and the Eindtoets', () => {
    expect(courseChoices(course)).toEqual({
      lessons: [{ value: 'les:wat-is-een-customer-journey', title: 'Les 1: Wat is een customer journey?', count: 2 }],
      finalTest: { value: 'eindtoets', title: 'Eindtoets', count: 1 },
    });
  });
  test('a lesson becomes an assignment of its exercises in order, three attempts, answers shown', () => {
    expect(courseAssignment(course, 'les:wat-is-een-customer-journey')).toEqual({
      title: 'Les 1: Wat is een customer journey?',
      exercises: [mc, tf],
      selection: { mode: 'hand' },
      opensAt: null,
      closesAt: null,
      maxAttempts: 3,
      showAnswers: 'direct',
    });
  });
  test('the Eindtoets is one attempt', () => {
    expect(courseAssignment(course, 'eindtoets')).toMatchObject({ title: 'Eindtoets', exercises: [tf], maxAttempts: 1 });
  });
  test('an unknown choice, or a lesson without exercises, is none', () => {
    for (const choice of ['les:bestaat-niet', 'les:alleen-tekst', 'toetsbank', ''])
      expect(courseAssignment(course, choice)).toBeNull();
  });
});
