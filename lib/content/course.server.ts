import 'server-only';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Exercise } from '../scoring/schema';
import { exerciseAt, indexBank, parseBankFile } from './bank';
import { ContentError } from './errors';
import { DIAGRAMS } from './diagrams';
import { parseFinalTest, type FinalTest } from './final-test';
import { parseGlossary, type GlossaryEntry } from './glossary';
import type { Lesson } from './lesson-schema';
import { compileLesson } from './lessons.server';
import { parseSources, type Sources } from './sources';
import { loadStudioContent } from './studio.server';

/** Every lesson in order, the exercise bank by id, the glossary, the final test and the sources. */
export type Course = {
  lessons: Lesson[];
  bank: ReadonlyMap<string, Exercise>;
  glossary: GlossaryEntry[];
  finalTest: FinalTest;
  sources: Sources;
};

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

  const glossaryFile = label('content', 'begrippen.yaml');
  const glossary = parseGlossary(glossaryFile, await readFile(path.join(/*turbopackIgnore: true*/ root, 'content', 'begrippen.yaml'), 'utf8'));
  const testFile = label('content', 'eindtoets.yaml');
  const finalTest = parseFinalTest(testFile, await readFile(path.join(/*turbopackIgnore: true*/ root, 'content', 'eindtoets.yaml'), 'utf8'));
  const sourcesFile = label('content', 'bronnen.yaml');
  const sources = parseSources(sourcesFile, await readFile(path.join(/*turbopackIgnore: true*/ root, 'content', 'bronnen.yaml'), 'utf8'));
  const refs = { bank, terms: new Set(glossary.map((entry) => entry.id)), diagrams: DIAGRAMS };
  // The studio's templates, starts and rubric (content/studio): checked here, so a mistake in them
  // stops the build like one in a lesson. The studio pages read them with getStudioContent().
  await loadStudioContent(root);

  const lessons: Lesson[] = [];
  for (const name of await filesIn(lessonDir, '.mdx')) {
    lessons.push(await compileLesson(label('content', 'lessons', name), await readFile(path.join(/*turbopackIgnore: true*/ lessonDir, name), 'utf8'), refs));
  }
  lessons.sort((a, b) => a.order - b.order);
  for (let i = 1; i < lessons.length; i++) {
    const [previous, current] = [lessons[i - 1]!, lessons[i]!];
    if (previous.order === current.order) {
      throw new ContentError(current.file, [`frontmatter.order: ${current.order} is al gebruikt door ${previous.file}`]);
    }
  }

  const bySlug = new Map(lessons.map((lesson) => [lesson.slug, lesson]));
  for (const { file, exercises } of bankFiles) {
    const problems = exercises.flatMap((exercise, index) => {
      const lesson = bySlug.get(exercise.topic);
      if (!lesson) return [`${exerciseAt(index, exercise)}.topic: les "${exercise.topic}" bestaat niet; kies uit ${[...bySlug.keys()].join(', ')}`];
      if (exercise.goal !== undefined && exercise.goal > lesson.objectives.length) {
        return [`${exerciseAt(index, exercise)}.goal: les "${lesson.slug}" heeft ${lesson.objectives.length} leerdoelen, geen ${exercise.goal}`];
      }
      return [];
    });
    if (problems.length > 0) throw new ContentError(file, problems);
  }
  checkGlossary(glossaryFile, glossary, lessons);
  checkFinalTest(testFile, finalTest, bank, lessons);
  const sourceProblems = sources.lessons.flatMap((entry, index) =>
    bySlug.has(entry.lesson) ? [] : [`lessons[${index}].lesson: les "${entry.lesson}" bestaat niet; kies uit ${[...bySlug.keys()].join(', ')}`],
  );
  if (sourceProblems.length > 0) throw new ContentError(sourcesFile, sourceProblems);
  return { lessons, bank, glossary, finalTest, sources };
}

/** Every term is linked from the lesson that first uses it, and names that lesson as its home. */
function checkGlossary(file: string, glossary: GlossaryEntry[], lessons: Lesson[]) {
  const problems = glossary.flatMap((entry, index) => {
    const first = lessons.find((lesson) => lesson.termIds.includes(entry.id));
    if (!first) return [`[${index}] (begrip "${entry.id}"): geen les linkt ernaar; zet <Begrip id="${entry.id}"> bij het eerste gebruik`];
    if (first.slug !== entry.lesson) {
      return [`[${index}] (begrip "${entry.id}").lesson: is "${entry.lesson}", maar het begrip komt voor het eerst voor in "${first.slug}"`];
    }
    return [];
  });
  if (problems.length > 0) throw new ContentError(file, problems);
}

/**
 * The final test asks existing, closed exercises, each once, from every lesson, and only its own:
 * an exercise a student has already done with its answer in a lesson would test memory, not the topic.
 */
function checkFinalTest(file: string, test: FinalTest, bank: ReadonlyMap<string, Exercise>, lessons: Lesson[]) {
  const problems: string[] = [];
  const seen = new Set<string>();
  test.exercises.forEach((id, index) => {
    const exercise = bank.get(id);
    const inLesson = lessons.find((lesson) => lesson.exerciseIds.includes(id));
    if (!exercise) problems.push(`exercises[${index}]: oefening "${id}" bestaat niet in content/exercises`);
    else if (exercise.type === 'open') problems.push(`exercises[${index}]: "${id}" is een open opdracht; die kijkt de student zelf na, niet in een toets`);
    else if (inLesson) {
      problems.push(`exercises[${index}]: "${id}" staat ook in les ${inLesson.order} ("${inLesson.slug}"); de Eindtoets vraagt alleen eigen vragen`);
    }
    if (seen.has(id)) problems.push(`exercises[${index}]: oefening "${id}" staat er twee keer in`);
    seen.add(id);
  });
  const topics = new Set(test.exercises.map((id) => bank.get(id)?.topic));
  for (const lesson of lessons) {
    if (!topics.has(lesson.slug)) problems.push(`exercises: geen enkele vraag over les ${lesson.order} ("${lesson.slug}")`);
  }
  if (problems.length > 0) throw new ContentError(file, problems);
}

/**
 * The exercises students practise with (Oefenen, the Proeftoets): the bank without the Eindtoets's own
 * questions, so those stay new until the final test.
 */
export function practiceBank(course: Pick<Course, 'bank' | 'finalTest'>): Exercise[] {
  const finalOnly = new Set(course.finalTest.exercises);
  return [...course.bank.values()].filter((exercise) => !finalOnly.has(exercise.id));
}

let cached: Promise<Course> | undefined;

/** The course, loaded once per process (anew on every request in development, so edits show). */
export function getCourse(): Promise<Course> {
  if (process.env.NODE_ENV === 'development') return loadCourse();
  cached ??= loadCourse();
  return cached;
}
