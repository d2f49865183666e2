import { describe, expect, test } from 'vitest';
import { drawExam } from '@/lib/progress/exam';

const pools = [
  { lesson: 'een', ids: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'] },
  { lesson: 'twee', ids: ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'] },
  { lesson: 'drie', ids: ['c1', 'c2'] },
];
const lessonOf = (id: string) => id[0];

describe('drawing a practice exam', () => {
  test('is balanced per lesson, without repeats', () => {
    const exam = drawExam(pools.slice(0, 2), 10, 'seed');
    expect(exam).toHaveLength(10);
    expect(new Set(exam).size).toBe(10);
    expect(exam.filter((id) => lessonOf(id) === 'a')).toHaveLength(5);
  });

  test('a small lesson gives what it has and the others fill up', () => {
    const exam = drawExam(pools, 12, 'seed');
    expect(exam.filter((id) => lessonOf(id) === 'c')).toHaveLength(2);
    expect(exam).toHaveLength(12);
  });

  test('asking for more than exists gives everything once', () => {
    expect([...drawExam(pools, 30, 'x')].sort()).toEqual(pools.flatMap((pool) => pool.ids).sort());
  });

  test('the same seed gives the same exam; another seed another order', () => {
    expect(drawExam(pools, 10, 'les-1')).toEqual(drawExam(pools, 10, 'les-1'));
    expect(drawExam(pools, 10, 'les-1')).not.toEqual(drawExam(pools, 10, 'les-2'));
  });
});
