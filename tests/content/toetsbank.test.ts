import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCourse, type Course } from '@/lib/content/course.server';
import { shingles } from '@/lib/content/shingles';
import { loadTestBank } from '@/lib/content/toetsbank.server';
import type { Exercise } from '@/lib/scoring';

// The toetsbank: graded-only exercises, new (not a practice item a student saw with its answer),
// tied to a lesson goal, and with ids that give nothing away when they reach a student's browser.

let course: Course;
let testBank: ReadonlyMap<string, Exercise>;
beforeAll(async () => {
  course = await loadCourse();
  testBank = await loadTestBank(course);
});

/** What a student reads of an exercise: the prompt, the statement, options, items and answers. */
function visibleText(exercise: Exercise): string[] {
  const texts = [exercise.prompt];
  const record = exercise as unknown as Record<string, unknown>;
  if (typeof record.statement === 'string') texts.push(record.statement);
  if (typeof record.text === 'string') texts.push(record.text);
  for (const key of ['options', 'items', 'prompts', 'answers', 'categories']) {
    const list = record[key];
    if (Array.isArray(list)) for (const entry of list) texts.push(String((entry as { text?: string; label?: string }).text ?? (entry as { label?: string }).label ?? ''));
  }
  return texts;
}

/** Every id that a student's browser receives with an exercise. */
function sentIds(exercise: Exercise): string[] {
  const record = exercise as unknown as Record<string, unknown>;
  return ['options', 'items', 'prompts', 'answers', 'categories'].flatMap((key) =>
    Array.isArray(record[key]) ? (record[key] as { id: string }[]).map((entry) => entry.id) : [],
  );
}

describe('the toetsbank', () => {
  test('has at least 60 items, at least 8 per lesson, at most 35% onthouden, none of them open', () => {
    const all = [...testBank.values()];
    expect(testBank.size).toBeGreaterThanOrEqual(60);
    for (const lesson of course.lessons) {
      const items = all.filter((exercise) => exercise.topic === lesson.slug);
      expect(items.length, lesson.slug).toBeGreaterThanOrEqual(8);
      expect(items.every((exercise) => exercise.goal !== undefined && exercise.goal <= lesson.objectives.length)).toBe(true);
    }
    const recall = all.filter((exercise) => exercise.level === 'onthouden').length;
    expect(recall / all.length, `${recall} of ${all.length} onthouden`).toBeLessThanOrEqual(0.35);
    expect(all.filter((exercise) => exercise.type === 'open')).toEqual([]);
  });

  test('shares no id with the practice bank, and no item is in a lesson or the Eindtoets', () => {
    const used = new Set([...course.lessons.flatMap((lesson) => lesson.exerciseIds), ...course.finalTest.exercises]);
    for (const id of testBank.keys()) {
      expect(course.bank.has(id), id).toBe(false);
      expect(used.has(id), id).toBe(false);
    }
  });

  test('is new: no prompt, option or item shares a run of 8 words with a practice exercise', () => {
    const practice = new Set([...course.bank.values()].flatMap((exercise) => visibleText(exercise).flatMap(shingles)));
    for (const exercise of testBank.values()) {
      const shared = visibleText(exercise).flatMap(shingles).filter((run) => practice.has(run));
      expect(shared, exercise.id).toEqual([]);
    }
  });

  test('sends ids that do not give the answer away', () => {
    for (const exercise of testBank.values()) {
      for (const id of sentIds(exercise)) expect(id, `${exercise.id}: ${id}`).not.toMatch(/juist|goed|fout|correct|waar|onwaar|right|wrong/i);
    }
  });

  test('is validated like the practice bank: a wrong field stops the load, naming file and field', async () => {
    const bad = { lessons: course.lessons, bank: new Map([[[...testBank.keys()][0]!, [...testBank.values()][0]!]]) };
    await expect(loadTestBank(bad)).rejects.toThrow(/bestaat al in de oefenbank/);
    expect(readFileSync('content/toetsbank/01-wat-is-een-customer-journey.yaml', 'utf8')).toContain('id: tb-');
  });
});
