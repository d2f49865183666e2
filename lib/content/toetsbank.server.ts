import 'server-only';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Exercise } from '../scoring/schema';
import { exerciseAt, indexBank, parseBankFile } from './bank';
import { getCourse, type Course } from './course.server';
import { ContentError } from './errors';

// The toetsbank: exercises for graded assignments only. They are read from content/toetsbank at run
// time by the server, never imported, so no page, RSC payload or JS chunk holds them; a student sees
// only their public view, under a question id of the assignment (v1, v2 …), and they are scored on
// the server. The practice bank (content/exercises) is public: its answers are in the lessons.

/** Reads and validates the toetsbank against the course: same format, lessons that exist, ids unique in both banks. */
export async function loadTestBank(course: Pick<Course, 'bank' | 'lessons'>, root = process.cwd()): Promise<ReadonlyMap<string, Exercise>> {
  const dir = path.join(/*turbopackIgnore: true*/ root, 'content', 'toetsbank');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.yaml')).sort();
  const files = await Promise.all(
    names.map(async (name) => {
      const file = path.join('content', 'toetsbank', name);
      return { file, exercises: parseBankFile(file, await readFile(path.join(/*turbopackIgnore: true*/ dir, name), 'utf8')) };
    }),
  );
  const bank = indexBank(files);
  const lessons = new Map(course.lessons.map((lesson) => [lesson.slug, lesson]));
  for (const { file, exercises } of files) {
    const problems = exercises.flatMap((exercise, index) => {
      const at = exerciseAt(index, exercise);
      const lesson = lessons.get(exercise.topic);
      if (course.bank.has(exercise.id)) return [`${at}.id: "${exercise.id}" bestaat al in de oefenbank (content/exercises); kies een eigen id`];
      if (!lesson) return [`${at}.topic: les "${exercise.topic}" bestaat niet; kies uit ${[...lessons.keys()].join(', ')}`];
      if (exercise.type === 'open') return [`${at}.type: een open opdracht kan de server niet nakijken; die hoort niet in de toetsbank`];
      if (exercise.goal !== undefined && exercise.goal > lesson.objectives.length) {
        return [`${at}.goal: les "${lesson.slug}" heeft ${lesson.objectives.length} leerdoelen, geen ${exercise.goal}`];
      }
      return [];
    });
    if (problems.length > 0) throw new ContentError(file, problems);
  }
  return bank;
}

let cached: Promise<ReadonlyMap<string, Exercise>> | undefined;

/** The toetsbank, loaded once per process (anew on every request in development). */
export function getTestBank(): Promise<ReadonlyMap<string, Exercise>> {
  if (process.env.NODE_ENV === 'development') return getCourse().then((course) => loadTestBank(course));
  cached ??= getCourse().then((course) => loadTestBank(course));
  return cached;
}

/** Both banks: the toetsbank first, then the public practice bank. */
export async function bothBanks(): Promise<{ testBank: ReadonlyMap<string, Exercise>; course: Course }> {
  const [course, testBank] = await Promise.all([getCourse(), getTestBank()]);
  return { course, testBank };
}

/** Exercises by id from either bank, in the order given; an id in neither bank (removed since) is left out. */
export async function exercisesByIds(ids: readonly string[]): Promise<Exercise[]> {
  const { course, testBank } = await bothBanks();
  return ids.flatMap((id) => testBank.get(id) ?? course.bank.get(id) ?? []);
}
