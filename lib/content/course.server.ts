import 'server-only';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Exercise } from '../scoring/schema';
import { exerciseAt, indexBank, parseBankFile } from './bank';
import { ContentError } from './errors';
import type { Lesson } from './lesson-schema';
import { compileLesson } from './lessons.server';

/** Every lesson in order, and the exercise bank by id. */
export type Course = { lessons: Lesson[]; bank: ReadonlyMap<string, Exercise> };

async function filesIn(dir: string, extension: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((name) => name.endsWith(extension)).sort();
}

/** Reads, validates and compiles all content under `root` (the project root by default). */
export async function loadCourse(root = process.cwd()): Promise<Course> {
  const label = (...parts: string[]) => path.relative(process.cwd(), path.join(/*turbopackIgnore: true*/ root, ...parts)) || '.';
  const bankDir = path.join(/*turbopackIgnore: true*/ root, 'content', 'exercises');
  const lessonDir = path.join(/*turbopackIgnore: true*/ root, 'content', 'lessons');

  const bankFiles = await Promise.all(
    (await filesIn(bankDir, '.yaml')).map(async (name) => {
      const file = label('content', 'exercises', name);
      return { file, exercises: parseBankFile(file, await readFile(path.join(/*turbopackIgnore: true*/ bankDir, name), 'utf8')) };
    }),
  );
  const bank = indexBank(bankFiles);

  const lessons: Lesson[] = [];
  for (const name of await filesIn(lessonDir, '.mdx')) {
    lessons.push(await compileLesson(label('content', 'lessons', name), await readFile(path.join(/*turbopackIgnore: true*/ lessonDir, name), 'utf8'), bank));
  }
  lessons.sort((a, b) => a.order - b.order);
  for (let i = 1; i < lessons.length; i++) {
    const [previous, current] = [lessons[i - 1]!, lessons[i]!];
    if (previous.order === current.order) {
      throw new ContentError(current.file, [`frontmatter.order: ${current.order} is al gebruikt door ${previous.file}`]);
    }
  }

  const slugs = new Set(lessons.map((lesson) => lesson.slug));
  for (const { file, exercises } of bankFiles) {
    const problems = exercises
      .map((exercise, index) => ({ exercise, index }))
      .filter(({ exercise }) => !slugs.has(exercise.topic))
      .map(({ exercise, index }) => `${exerciseAt(index, exercise)}.topic: les "${exercise.topic}" bestaat niet; kies uit ${[...slugs].join(', ')}`);
    if (problems.length > 0) throw new ContentError(file, problems);
  }
  return { lessons, bank };
}

let cached: Promise<Course> | undefined;

/** The course, loaded once per process (anew on every request in development, so edits show). */
export function getCourse(): Promise<Course> {
  if (process.env.NODE_ENV === 'development') return loadCourse();
  cached ??= loadCourse();
  return cached;
}
