import { createRandom, hashSeed, shuffle } from '../random';

/**
 * Draws `length` exercises for a practice exam from the chosen lessons, balanced per lesson (each
 * lesson gets an equal share; a lesson with too few exercises leaves its rest to the others), then
 * mixes them. The same seed gives the same exam, so a reloaded exam asks the same questions.
 */
export function drawExam(pools: { lesson: string; ids: string[] }[], length: number, seed: string): string[] {
  const random = createRandom(hashSeed(seed));
  const shuffled = pools.map((pool) => shuffle(pool.ids, random));
  const picked: string[] = [];
  // Round robin over the lessons: lesson 1, lesson 2, …, until the exam is full or the pools are empty.
  for (let round = 0; picked.length < length && shuffled.some((pool) => pool.length > round); round++) {
    for (const pool of shuffled) {
      if (picked.length < length && round < pool.length) picked.push(pool[round]!);
    }
  }
  return shuffle(picked, random);
}
