// Test packages for tests/e2e/scorm.e2e.ts, made from real bank exercises with packageIndexHtml and
// the built player (.scorm-player/). The seam with the package builder is `packageFiles`: once
// lib/lms/scorm-package.server.ts exists, it can make these files instead.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseBankFile } from '../../lib/content/bank';
import { packageIndexHtml } from '../../lib/lms/index-html';
import { PACKAGE_FILES, type PackageData, type PackageItem, type ScormVersion } from '../../lib/lms/package';
import type { Exercise } from '../../lib/scoring';
import { escapeXml } from '../../lib/lms/xml';

const root = path.resolve(import.meta.dirname, '..', '..');

function bank(): Map<string, Exercise> {
  const dir = path.join(root, 'content', 'exercises');
  const all = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => parseBankFile(name, readFileSync(path.join(dir, name), 'utf8')));
  return new Map(all.map((exercise) => [exercise.id, exercise]));
}

const finalTestIds = () =>
  [...readFileSync(path.join(root, 'content', 'eindtoets.yaml'), 'utf8').matchAll(/^ {2}- ([a-z0-9-]+)$/gm)].map(
    (match) => match[1]!,
  );

/** A bank exercise as a package item; its Markdown as escaped text (the builder renders real HTML). */
function itemOf(exercise: Exercise): PackageItem {
  const text = (markdown: string | undefined) =>
    markdown === undefined ? undefined : escapeXml(markdown.replace(/\*\*|`/g, ''));
  return {
    exercise,
    html: {
      prompt: text(exercise.prompt)!,
      explanation: text(exercise.explanation),
      hint: text(exercise.hint),
      statement: exercise.type === 'true-false' ? text(exercise.statement) : undefined,
      modelAnswer: exercise.type === 'open' ? text(exercise.modelAnswer) : undefined,
    },
    lesson: { slug: exercise.topic, title: `Les ${exercise.topic}` },
  };
}

/**
 * The quiz: four questions of the Eindtoets that a test can answer by role (one each of single
 * choice, multiple choice, true-false, fill-blanks), from different lessons.
 */
export function quizItems(): Exercise[] {
  const all = bank();
  const ids = finalTestIds();
  const pick = (type: Exercise['type']) => ids.map((id) => all.get(id)!).find((exercise) => exercise.type === type)!;
  return [pick('single-choice'), pick('multiple-choice'), pick('true-false'), pick('fill-blanks')];
}

export function quizPackage(version: ScormVersion): PackageData {
  return {
    format: 1,
    kind: 'eindtoets',
    id: 'eindtoets',
    title: 'Eindtoets (test)',
    version,
    masteryScore: 0.55,
    lessonHtml: null,
    items: quizItems().map(itemOf),
  };
}

/** A lesson with two exercises in its text. */
export function lessonPackage(version: ScormVersion): PackageData {
  const all = [...bank().values()].filter((exercise) => exercise.topic === 'personas');
  const items = [
    all.find((exercise) => exercise.type === 'single-choice')!,
    all.find((exercise) => exercise.type === 'true-false')!,
  ];
  return {
    format: 1,
    kind: 'les',
    id: 'les-personas',
    title: 'Persona’s (test)',
    version,
    masteryScore: null,
    lessonHtml: [
      '<h2 id="wat">Wat is een persona?</h2>',
      '<p>Een persona is een verzonnen, typische klant.</p>',
      `<div data-oefening="${items[0]!.id}"></div>`,
      '<h2 id="gebruik">Zo gebruik je een persona</h2>',
      '<p>Je kijkt door de ogen van de persona naar elk contactmoment.</p>',
      `<div data-oefening="${items[1]!.id}"></div>`,
    ].join('\n'),
    items: items.map(itemOf),
  };
}

/** The files of a package (the seam with the package builder). */
export function packageFiles(data: PackageData): Map<string, string> {
  const player = (name: string) => {
    try {
      return readFileSync(path.join(root, '.scorm-player', name), 'utf8');
    } catch {
      throw new Error('The SCORM player is not built. Run: node scripts/build-player.mjs');
    }
  };
  return new Map([
    [PACKAGE_FILES.html, packageIndexHtml(data)],
    [PACKAGE_FILES.js, player(PACKAGE_FILES.js)],
    [PACKAGE_FILES.css, player(PACKAGE_FILES.css)],
  ]);
}
