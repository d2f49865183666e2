// Builds a SCORM package: (kind, version, pass mark) → PackageData → the zip's files
// (imsmanifest.xml, index.html, the player's JS and CSS) → zip bytes.
//
// Lessons are rendered to static HTML with React from the same compiled MDX the site uses, with each
// exercise as an empty slot the player fills (<div data-oefening="ID"></div>); items get their
// Markdown rendered as the site renders it (components/questions/to-question.tsx).
//
// This module uses react-dom/server, which Next does not allow in a route handler. So it never runs
// inside Next's bundle: the export script (scripts/export-scorm.mjs) and the teacher's download routes
// (through lib/lms/scorm-builder.server.ts) bundle it with esbuild and run it in plain Node.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { getMDXComponent } from 'mdx-bundler/client';
import { DIAGRAM_COMPONENTS } from '@/components/diagrams/diagrams';
import diagramStyles from '@/components/diagrams/diagrams.module.css';
import journeyMapStyles from '@/components/diagrams/journey-map.module.css';
import { GlossaryTerm } from '@/components/lesson/glossary-term';
import glossaryStyles from '@/components/lesson/glossary-term.module.css';
import { toQuestion } from '@/components/questions/to-question';
import type { GlossaryEntry } from '@/lib/content/glossary';
import type { FinalTest } from '@/lib/content/final-test';
import type { Lesson } from '@/lib/content/lesson-schema';
import type { Exercise } from '@/lib/scoring';
import { packageIndexHtml } from './index-html';
import { MANIFEST_FILE, manifestXml } from './manifest';
import { DEFAULT_MASTERY, PACKAGE_FILES, type PackageData, type PackageItem, type ScormVersion } from './package';
import { zip, type ZipEntry } from './zip';

/** What a package is built from: the course as lib/content/course.server.ts loads it. */
export type PackageCourse = {
  lessons: readonly Lesson[];
  bank: ReadonlyMap<string, Exercise>;
  glossary: readonly GlossaryEntry[];
  finalTest: FinalTest;
};

/** Which package: one lesson, the Eindtoets, or an assignment's exercise set (the exercises as it keeps them). */
export type PackageRequest =
  | { kind: 'les'; slug: string }
  | { kind: 'eindtoets' }
  | { kind: 'opdracht'; code: string; title: string; exercises: readonly Exercise[] };

/** The player's built files (scripts/build-player.mjs → .scorm-player/). */
export type PlayerFiles = { js: string | Uint8Array; css: string | Uint8Array };

/** Every entry's time stamp: a fixed one, so the same content gives the same zip, byte for byte. */
export const PACKAGE_DATE = new Date(Date.UTC(2026, 0, 1));

/** A pass mark as a teacher gives it, 1–100 %, as the fraction PackageData holds; null if it is no whole number in range. */
export function masteryFromPercent(percent: number): number | null {
  return Number.isInteger(percent) && percent >= 1 && percent <= 100 ? percent / 100 : null;
}

/** The package's data, or null for a lesson that does not exist. */
export function packageData(
  course: PackageCourse,
  request: PackageRequest,
  version: ScormVersion,
  mastery: number = DEFAULT_MASTERY,
  root = process.cwd(),
): PackageData | null {
  if (!(mastery > 0 && mastery <= 1)) throw new Error(`A pass mark is a fraction above 0 and at most 1, not ${mastery}`);
  if (request.kind === 'les') {
    const lesson = course.lessons.find((entry) => entry.slug === request.slug);
    if (!lesson) return null;
    return {
      format: 1,
      kind: 'les',
      id: `les-${lesson.slug}`,
      title: lesson.title,
      version,
      masteryScore: null,
      lessonHtml: lessonHtml(course, lesson, root),
      items: lesson.exerciseIds.map((id) => packageItem(exerciseOf(course, id), 'practice')),
    };
  }
  const lessons = new Map(course.lessons.map((lesson) => [lesson.slug, { slug: lesson.slug, title: lesson.title }]));
  const quizItem = (exercise: Exercise) => ({
    ...packageItem(exercise, 'test'),
    ...(lessons.has(exercise.topic) ? { lesson: lessons.get(exercise.topic)! } : {}),
  });
  if (request.kind === 'eindtoets') {
    return {
      format: 1,
      kind: 'eindtoets',
      id: 'eindtoets',
      title: course.finalTest.title,
      version,
      masteryScore: mastery,
      lessonHtml: null,
      items: course.finalTest.exercises.map((id) => quizItem(exerciseOf(course, id))),
    };
  }
  return {
    format: 1,
    kind: 'opdracht',
    id: `opdracht-${request.code}`,
    title: request.title,
    version,
    masteryScore: mastery,
    lessonHtml: null,
    items: request.exercises.map(quizItem),
  };
}

function exerciseOf(course: PackageCourse, id: string): Exercise {
  const exercise = course.bank.get(id);
  // The content loader has checked every id; a miss means the bank changed under a running server.
  if (!exercise) throw new Error(`Oefening "${id}" bestaat niet`);
  return exercise;
}

const html = (node: ReactNode) => renderToStaticMarkup(createElement(Fragment, null, node));

/**
 * One exercise with its Markdown parts as HTML. A lesson shows what practice shows (hint, model
 * answer); a quiz what a test shows (no hint; the explanation after handing in).
 */
export function packageItem(exercise: Exercise, flow: 'practice' | 'test'): Omit<PackageItem, 'lesson'> {
  const question = toQuestion(exercise, { flow });
  const parts: PackageItem['html'] = { prompt: html(question.prompt) };
  for (const part of ['explanation', 'hint', 'statement', 'modelAnswer'] as const) {
    if (question[part] !== undefined) parts[part] = html(question[part]);
  }
  return { exercise, html: parts };
}

/**
 * A lesson as static HTML: its introduction and goals (index.html shows the title as the page's h1) and text, the diagrams as inline
 * SVG, glossary terms that open their definition in place, and each exercise as an empty slot. The
 * CSS of those components comes along in a <style>, as the site's own class names.
 */
export function lessonHtml(course: Pick<PackageCourse, 'glossary'>, lesson: Lesson, root = process.cwd()): string {
  const renderContent = getMDXComponent(lesson.code);
  const terms = new Map(course.glossary.map((entry) => [entry.id, entry]));
  const anchored = new Set<string>();
  let popovers = 0;
  const content = renderContent({
    components: {
      Exercise: ({ id }: { id: string }) => createElement('div', { 'data-oefening': id }),
      Begrip: ({ id, children }: { id: string; children: ReactNode }) => {
        const entry = terms.get(id);
        if (!entry) throw new Error(`Begrip "${id}" bestaat niet`);
        const first = !anchored.has(id);
        anchored.add(id);
        popovers += 1;
        const props = {
          id,
          term: entry.term,
          definition: entry.definition,
          popoverId: `begrip-uitleg-${popovers}`,
          anchor: first,
        };
        // No JSX in a .ts file: the children go in as the component's prop type asks.
        // eslint-disable-next-line react/no-children-prop
        return createElement(GlossaryTerm, { ...props, children });
      },
      Diagram: ({ id }: { id: keyof typeof DIAGRAM_COMPONENTS }) => createElement(DIAGRAM_COMPONENTS[id]),
    },
  });
  const header = createElement(
    'header',
    { className: 'klantreis-les-kop' },
    createElement('p', { className: 'lead' }, lesson.description),
    createElement(
      'section',
      { 'aria-labelledby': 'leerdoelen' },
      createElement('h2', { id: 'leerdoelen' }, 'Leerdoelen'),
      createElement('p', null, 'Na deze les:'),
      createElement('ul', null, ...lesson.objectives.map((objective) => createElement('li', { key: objective }, objective))),
    ),
  );
  return `<style>${componentCss(root)}</style>${withoutServerLinks(html(createElement(Fragment, null, header, createElement('div', { className: 'klantreis-les-tekst' }, content))))}`;
}

/**
 * Links to our own site (/lessen/…, /begrippen …) would leave the package: the text stays, the link
 * goes. The glossary popover's "to the glossary" link goes entirely. Links within the page (#…) stay.
 */
export function withoutServerLinks(markup: string): string {
  return markup.replace(
    /<a\b[^>]*?\shref="(?:\/|https?:\/\/(?:www\.)?klantreis\.nl)[^"]*"[^>]*>([\s\S]*?)<\/a>/g,
    (_link, text: string) => (text === 'Naar de begrippenlijst' ? '' : `<span>${text}</span>`),
  );
}

/** The CSS modules the lesson's components use, their local class names as the bundle named them. */
const COMPONENT_CSS: readonly [file: string, styles: Readonly<Record<string, string>>][] = [
  ['components/diagrams/diagrams.module.css', diagramStyles],
  ['components/diagrams/journey-map.module.css', journeyMapStyles],
  ['components/lesson/glossary-term.module.css', glossaryStyles],
];

/** The components' CSS, read from their modules and renamed as `styles` names them (`:global(x)` stays x). */
export function scopeCss(source: string, styles: Readonly<Record<string, string>>): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/:global\(([^)]*)\)|\.(-?[_a-zA-Z][\w-]*)/g, (_match, global: string | undefined, local: string | undefined) =>
      global !== undefined ? global : `.${styles[local!] ?? local}`,
    )
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,>])\s*/g, '$1')
    .trim();
}

let cssCache: { root: string; css: string } | undefined;
function componentCss(root: string): string {
  if (cssCache?.root === root) return cssCache.css;
  const css = COMPONENT_CSS.map(([file, styles]) =>
    scopeCss(readFileSync(path.join(/*turbopackIgnore: true*/ root, file), 'utf8'), styles),
  ).join('\n');
  cssCache = { root, css };
  return css;
}

/** The package's files, in zip order: the manifest, index.html, the player's JS and CSS. */
export function packageEntries(data: PackageData, player: PlayerFiles): ZipEntry[] {
  const files: ZipEntry[] = [
    { name: PACKAGE_FILES.html, data: packageIndexHtml(data) },
    { name: PACKAGE_FILES.js, data: player.js },
    { name: PACKAGE_FILES.css, data: player.css },
  ];
  const manifest = manifestXml({ ...data, files: files.map((file) => file.name) });
  const entries = [{ name: MANIFEST_FILE, data: manifest }, ...files];
  checkSelfContained(entries, data);
  return entries;
}

const decoder = new TextDecoder();
/**
 * Refuses a package that would ask a server for something: a Next asset path (/_next/), a link or
 * form to our site (href="/…"), or anything loaded from a path or another host (src, srcset, poster,
 * url()). Links to other sites stay allowed: following one is the student's choice, not a request of
 * the package. Checks every file and, before JSON hides its quotes, the HTML inside index.html.
 */
export function checkSelfContained(entries: readonly ZipEntry[], data?: PackageData) {
  const texts: [string, string][] = entries.map((entry) => [
    entry.name,
    typeof entry.data === 'string' ? entry.data : decoder.decode(entry.data),
  ]);
  if (data) {
    if (data.lessonHtml) texts.push(['lessonHtml', data.lessonHtml]);
    for (const item of data.items)
      for (const [part, markup] of Object.entries(item.html)) texts.push([`${item.exercise.id}.${part}`, markup ?? '']);
  }
  for (const [name, text] of texts) {
    const bad =
      /\/_next\//.exec(text) ??
      /\s(?:href|action)\s*=\s*["']?\s*\//i.exec(text) ??
      /\s(?:src|srcset|poster|data)\s*=\s*["']?\s*(?:\/|[a-z][a-z0-9+.-]*:\/\/)/i.exec(text) ??
      /url\(\s*["']?\s*(?:\/|[a-z][a-z0-9+.-]*:\/\/)/i.exec(text);
    if (bad)
      throw new Error(`${name} would load something from a server: ${text.slice(Math.max(0, bad.index - 40), bad.index + 60)}`);
  }
}

/** The zip a teacher downloads. */
export function scormZip(data: PackageData, player: PlayerFiles, modified = PACKAGE_DATE): Promise<Uint8Array> {
  return zip(packageEntries(data, player), modified);
}

/** The download's file name: klantreis-les-personas-scorm12.zip, klantreis-eindtoets-scorm2004.zip. */
export function packageFileName(data: Pick<PackageData, 'id' | 'version'>): string {
  const id = data.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return `klantreis-${id}-scorm${data.version === '1.2' ? '12' : '2004'}.zip`;
}

/** Data, file name and zip in one go; null for a lesson that does not exist. */
export async function buildScormPackage(
  course: PackageCourse,
  request: PackageRequest,
  version: ScormVersion,
  player: PlayerFiles,
  mastery: number = DEFAULT_MASTERY,
  root = process.cwd(),
): Promise<{ data: PackageData; fileName: string; bytes: Uint8Array } | null> {
  const data = packageData(course, request, version, mastery, root);
  if (!data) return null;
  return { data, fileName: packageFileName(data), bytes: await scormZip(data, player) };
}
