import { expect, test } from 'vitest';
import { lessonPointer } from '@/components/exercises/lesson-pointer';

const objectives = ["Je noemt de zeven C's van het 7C-model.", 'Je legt uit wat elke C betekent.'];

test('points to the learning goal the exercise practises', () => {
  expect(lessonPointer(objectives, 2)).toBe(
    'Lees in de les nog eens het stuk bij dit leerdoel: ‘Je legt uit wat elke C betekent.’',
  );
});

test('no goal, or one the lesson does not have: no pointer (the shell says something general)', () => {
  expect(lessonPointer(objectives, undefined)).toBeUndefined();
  expect(lessonPointer(objectives, 3)).toBeUndefined();
});
