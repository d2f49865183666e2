import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { getCourse, type Course } from '@/lib/content/course.server';
import { getTestBank } from '@/lib/content/toetsbank.server';
import { createAssignment } from '@/lib/db/assignments.server';
import { createMapAssignment } from '@/lib/db/studio.server';
import { createSession, signUp } from '@/lib/db/teachers.server';
import { MANIFEST_FILE } from '@/lib/lms/manifest';
import { PACKAGE_FILES, type PackageData, type ScormVersion } from '@/lib/lms/package';
import { readPlayerFiles } from '@/lib/lms/player-files.server';
import {
  buildScormPackage,
  checkSelfContained,
  masteryFromPercent,
  scopeCss,
  withoutServerLinks,
  type PlayerFiles,
} from '@/lib/lms/scorm-package.server';
import { parseAssignmentScormQuery, parseCourseScormQuery } from '@/lib/lms/scorm-query';
import { unzip } from '@/lib/lms/zip';
import type { Exercise } from '@/lib/scoring';
import { GET as courseDownload } from '@/app/docent/(ingelogd)/lms/scorm/route';
import { GET as assignmentDownload } from '@/app/docent/(ingelogd)/opdrachten/[id]/scorm/route';
import { useFreshDatabase } from '../../support/databases';
import { settings } from '../../support/studio-map';
import { manifestSchemaErrors } from '../../support/xmllint';

// The package checks of issue 16: few packages, built once and shared by the tests (building one
// takes a fraction of a second; loading the course a few seconds).

const root = process.cwd();
const decoder = new TextDecoder();
const text = (bytes: Uint8Array) => decoder.decode(bytes);

type Built = { data: PackageData; fileName: string; files: Map<string, Uint8Array>; bytes: Uint8Array };
const built: Record<'les' | 'eindtoets' | 'opdracht', Built> = {} as never;
let course: Course;
let testBank: ReadonlyMap<string, Exercise>;
let player: PlayerFiles;
/** A few toetsbank items, as a quiz assignment keeps them. */
let secretItems: Exercise[];

async function build(request: Parameters<typeof buildScormPackage>[1], version: ScormVersion, mastery?: number): Promise<Built> {
  const result = await buildScormPackage(course, request, version, player, mastery);
  if (!result) throw new Error('no package');
  return { ...result, files: await unzip(result.bytes) };
}

/** The real player (.scorm-player/), built first when missing, so the size check measures what ships. */
async function playerFiles(): Promise<PlayerFiles> {
  try {
    return await readPlayerFiles();
  } catch {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build-player.mjs')], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    return readPlayerFiles();
  }
}

beforeAll(async () => {
  [course, testBank, player] = await Promise.all([getCourse(), getTestBank(), playerFiles()]);
  secretItems = [...testBank.values()].slice(0, 6);
  built.les = await build({ kind: 'les', slug: 'personas' }, '1.2');
  built.eindtoets = await build({ kind: 'eindtoets' }, '2004');
  built.opdracht = await build({ kind: 'opdracht', code: 'ABC234', title: 'Toets blok 2', exercises: secretItems }, '1.2', 0.7);
}, 60_000);

const kinds = ['les', 'eindtoets', 'opdracht'] as const;
const versionOf = { les: '1.2', eindtoets: '2004', opdracht: '1.2' } as const;

describe('a SCORM package', () => {
  test.each(kinds)('%s: the manifest is valid, lists exactly the zip’s files and resolves every identifierref', (kind) => {
    const { files } = built[kind];
    const manifest = text(files.get(MANIFEST_FILE)!);
    expect(manifestSchemaErrors(manifest, versionOf[kind])).toBe('');
    const listed = [...manifest.matchAll(/<file href="([^"]*)"/g)].map((match) => match[1]);
    expect([MANIFEST_FILE, ...listed].sort()).toEqual([...files.keys()].sort());
    expect([...files.keys()]).toEqual([MANIFEST_FILE, PACKAGE_FILES.html, PACKAGE_FILES.js, PACKAGE_FILES.css]);
    const resources = [...manifest.matchAll(/<resource identifier="([^"]*)"/g)].map((match) => match[1]);
    for (const [, ref] of manifest.matchAll(/identifierref="([^"]*)"/g)) expect(resources).toContain(ref);
    expect(manifest).toMatch(new RegExp(`<resource [^>]*href="${PACKAGE_FILES.html}"`));
  });

  test.each(kinds)('%s: no absolute path, no /_next/ and no other host anywhere in the zip', (kind) => {
    const { files, data } = built[kind];
    for (const [name, bytes] of files) {
      expect(name).not.toMatch(/^\/|\.\./);
      const content = text(bytes);
      expect(content, name).not.toContain('/_next/');
      expect(content, name).not.toMatch(/\s(?:src|href|action)=\\?["']?\//);
      expect(content, name).not.toMatch(/url\(\s*["']?\//);
    }
    // The HTML inside index.html's JSON, before its quotes are escaped.
    const markup = [data.lessonHtml ?? '', ...data.items.flatMap((item) => Object.values(item.html))].join('\n');
    expect(markup).not.toMatch(/\s(?:src|href)="(?:\/|https?:)/);
    expect(() =>
      checkSelfContained(
        [...files].map(([name, bytes]) => ({ name, data: bytes })),
        data,
      ),
    ).not.toThrow();
  });

  test('JS and CSS stay within 100 kB gzip per package (raw and gzip of every kind in the log)', () => {
    for (const kind of kinds) {
      const { files, bytes } = built[kind];
      const code = [PACKAGE_FILES.js, PACKAGE_FILES.css].map((name) => files.get(name)!);
      const raw = code.reduce((sum, file) => sum + file.length, 0);
      const gzip = code.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
      const html = files.get(PACKAGE_FILES.html)!;
      console.log(
        `[scorm] ${kind}: JS+CSS ${(raw / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzip; index.html ${(html.length / 1024).toFixed(1)} kB raw, ${(gzipSync(html).length / 1024).toFixed(1)} kB gzip; zip ${(bytes.length / 1024).toFixed(1)} kB`,
      );
      expect(gzip).toBeLessThanOrEqual(100 * 1024);
    }
  });

  test('a lesson: its text from the site’s MDX, every exercise as a slot, diagrams inline, no link to our server', () => {
    const { data, fileName } = built.les;
    const lesson = course.lessons.find((entry) => entry.slug === 'personas')!;
    expect(fileName).toBe('klantreis-les-personas-scorm12.zip');
    expect(data).toMatchObject({ kind: 'les', id: 'les-personas', title: lesson.title, version: '1.2', masteryScore: null });
    const html = data.lessonHtml!;
    const slots = [...html.matchAll(/<div data-oefening="([^"]+)"><\/div>/g)].map((match) => match[1]);
    expect(slots).toEqual(lesson.exerciseIds);
    expect(data.items.map((item) => item.exercise.id)).toEqual(lesson.exerciseIds);
    // index.html shows the title as the page's only h1; the lesson brings its introduction and goals.
    expect(html).not.toContain('<h1');
    expect(html).toContain(`<p class="lead">${lesson.description.replace(/'/g, '&#x27;')}</p>`);
    expect(html).toContain('<h2 id="leerdoelen">Leerdoelen</h2>');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toMatch(/<style>[^<]*fill:var\(--surface\)/);
    for (const heading of lesson.headings) expect(html).toContain(`id="${heading.id}"`);
    // The lesson links to the studio on our site: the words stay, the link goes.
    expect(html).not.toMatch(/<a [^>]*href="\//);
    expect(html).not.toContain('Naar de begrippenlijst');
    expect(html).toContain('data-term="persona"');
    // A lesson shows what practice shows: the hint, the explanation.
    for (const item of data.items) {
      expect(item.html.explanation).toBeTruthy();
      if (item.exercise.hint) expect(item.html.hint).toBeTruthy();
    }
    expect(data.items.every((item) => item.html.prompt.length > 0 && item.lesson === undefined)).toBe(true);
  });

  test('the Eindtoets: its own questions with their lessons, the pass mark 55 % by default, no hints', () => {
    const { data, fileName, files } = built.eindtoets;
    expect(fileName).toBe('klantreis-eindtoets-scorm2004.zip');
    expect(data).toMatchObject({
      kind: 'eindtoets',
      id: 'eindtoets',
      title: course.finalTest.title,
      masteryScore: 0.55,
      lessonHtml: null,
    });
    expect(data.items.map((item) => item.exercise.id)).toEqual(course.finalTest.exercises);
    for (const item of data.items) {
      expect(item.lesson?.slug).toBe(item.exercise.topic);
      expect(item.html.hint).toBeUndefined();
      expect(item.html.explanation).toBeTruthy();
    }
    expect(text(files.get(MANIFEST_FILE)!)).toContain('<imsss:minNormalizedMeasure>0.55</imsss:minNormalizedMeasure>');
  });

  test('an assignment on the toetsbank: the zip holds its items with their key (intended), the site’s build and public/ do not', () => {
    const { data, files, fileName } = built.opdracht;
    expect(fileName).toBe('klantreis-opdracht-abc234-scorm12.zip');
    expect(data).toMatchObject({ kind: 'opdracht', id: 'opdracht-ABC234', title: 'Toets blok 2', masteryScore: 0.7 });
    expect(text(files.get(MANIFEST_FILE)!)).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
    const page = text(files.get(PACKAGE_FILES.html)!);
    for (const item of secretItems) {
      expect(page).toContain(`"id":"${item.id}"`);
      expect(data.items.find((entry) => entry.exercise.id === item.id)!.exercise).toEqual(item);
    }
    // The toetsbank's texts appear in no file the site serves statically (nor in the bundled builder).
    // (A text that public content shares, such as a plain question or a source's wording, proves nothing.)
    const publicText = filesUnder(path.join(root, 'content'))
      .filter((file) => !file.includes(`${path.sep}toetsbank${path.sep}`))
      .map((file) => readFileSync(file, 'utf8').replace(/\s+/g, ' '))
      .join('\n');
    const needles = [...testBank.values()]
      .flatMap((item) => [item.prompt.slice(0, 60), item.explanation.slice(0, 60)])
      .filter((needle) => needle.length >= 30 && !publicText.includes(needle));
    expect(needles.length).toBeGreaterThan(testBank.size);
    const places = ['public', '.next/static', '.next/server/app', '.next/cache/klantreis-scorm'].map((dir) =>
      path.join(root, dir),
    );
    for (const file of places.flatMap(filesUnder)) {
      if (!/\.(js|mjs|css|html|json|rsc|txt|body)$/.test(file)) continue;
      const content = readFileSync(file, 'utf8');
      for (const needle of needles) expect(content.includes(needle), `${file} holds a toetsbank item: ${needle}`).toBe(false);
    }
  });

  test('the same content gives the same zip, byte for byte', async () => {
    const again = await buildScormPackage(course, { kind: 'les', slug: 'personas' }, '1.2', player);
    expect(again!.bytes).toEqual(built.les.bytes);
  });
});

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('the pieces', () => {
  test('links to our site lose their href; links within the page stay', () => {
    expect(withoutServerLinks('<p>Ga naar <a href="/studio">de studio</a>, lees <a href="#kop">hier</a>.</p>')).toBe(
      '<p>Ga naar <span>de studio</span>, lees <a href="#kop">hier</a>.</p>',
    );
    expect(withoutServerLinks('<a class="x" href="https://klantreis.nl/lessen/personas">les</a>')).toBe('<span>les</span>');
    expect(withoutServerLinks('<span><a href="/begrippen#persona">Naar de begrippenlijst</a></span>')).toBe('<span></span>');
  });

  test('a CSS module’s classes get the names its bundler gave them; :global stays', () => {
    expect(
      scopeCss('/* a.b */ .node { fill: var(--x); margin: 0.5rem }\n:global(.compare-table) .cell:hover {}', {
        node: 'n_1',
        cell: 'c_2',
      }),
    ).toBe('.n_1{fill:var(--x);margin:0.5rem}.compare-table .c_2:hover{}');
  });

  test('the download query: kind, lesson, version and pass mark, refused in Dutch', () => {
    const slugs = ['personas'];
    const q = (query: string) => parseCourseScormQuery(new URLSearchParams(query), slugs);
    expect(q('soort=les&les=personas&versie=1.2')).toEqual({ ok: true, kind: 'les', slug: 'personas', version: '1.2' });
    expect(q('soort=eindtoets&versie=2004')).toEqual({ ok: true, kind: 'eindtoets', version: '2004', mastery: 0.55 });
    expect(q('soort=eindtoets&versie=2004&cesuur=70')).toMatchObject({ mastery: 0.7 });
    expect(q('soort=eindtoets&versie=2004&cesuur=')).toMatchObject({ mastery: 0.55 });
    for (const bad of [
      '',
      'soort=quiz&versie=1.2',
      'soort=les&les=bestaat-niet&versie=1.2',
      'soort=les&les=personas&versie=3',
      'soort=les&les=personas',
    ]) {
      expect(q(bad)).toMatchObject({ ok: false, error: expect.stringMatching(/^[A-Z].*\.$/) });
    }
    for (const cesuur of ['0', '101', '55.5', '-5', 'abc', '1e2']) {
      expect(q(`soort=eindtoets&versie=1.2&cesuur=${cesuur}`)).toEqual({
        ok: false,
        error: 'De cesuur is een heel getal van 1 tot en met 100 (procent).',
      });
    }
    expect(parseAssignmentScormQuery(new URLSearchParams('versie=1.2&cesuur=60'))).toEqual({
      ok: true,
      kind: 'opdracht',
      version: '1.2',
      mastery: 0.6,
    });
    expect(parseAssignmentScormQuery(new URLSearchParams('versie=2005'))).toMatchObject({ ok: false });
    expect(masteryFromPercent(55)).toBe(0.55);
    expect(masteryFromPercent(0)).toBeNull();
  });
});

// The download routes, through the real handlers (PGlite).
const current: { db?: ReturnType<typeof useFreshDatabase>['db']; token?: string } = {};
vi.mock('@/lib/db/client.server', async (original) => ({
  ...(await original<typeof import('@/lib/db/client.server')>()),
  getDb: async () => current.db!,
}));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => (current.token ? { value: current.token } : undefined) }),
  headers: async () => new Headers(),
}));

describe('the download routes (PGlite)', () => {
  const database = useFreshDatabase('pglite');
  const ids = { quiz: '', map: '', other: '' };
  let token = '';

  beforeAll(async () => {
    current.db = database.db;
    const db = database.db;
    const teacher = async (name: string) => {
      const made = await signUp(db, { name, email: `${name}-${Date.now()}@school.nl`, password: 'geheim-wachtwoord' });
      if (!made.ok) throw new Error(made.error);
      return made.teacher;
    };
    const [mine, theirs] = [await teacher('docent'), await teacher('collega')];
    token = (await createSession(db, mine.id, new Date())).token;
    const quiz = (teacherId: number) =>
      createAssignment(db, teacherId, {
        title: 'Toets blok 2',
        exercises: secretItems,
        selection: { mode: 'hand', bank: 'toetsbank' },
        opensAt: null,
        closesAt: null,
        maxAttempts: 1,
        showAnswers: 'direct',
      });
    ids.quiz = String((await quiz(mine.id)).id);
    ids.other = String((await quiz(theirs.id)).id);
    ids.map = String(
      (await createMapAssignment(db, mine.id, { title: 'Kaart', opensAt: null, closesAt: null, settings: settings() })).id,
    );
  }, 60_000);

  const get = (query: string) => new Request(`http://klantreis.nl/docent/lms/scorm?${query}`);
  const at = (id: string) => ({ params: Promise.resolve({ id }) });
  const signal = (error: unknown) => String((error as { digest?: string }).digest ?? error);

  test('without a teacher: to the login page, nothing built', async () => {
    current.token = undefined;
    expect(signal(await courseDownload(get('soort=les&les=personas&versie=1.2')).catch((error) => error))).toMatch(
      /NEXT_REDIRECT;.*\/docent;/,
    );
    expect(signal(await assignmentDownload(get('versie=1.2'), at(ids.quiz)).catch((error) => error))).toMatch(/NEXT_REDIRECT/);
  });

  test('a teacher: a bad query is a Dutch 400; a map assignment or another teacher’s is a 404; a lesson and a quiz download as zips', async () => {
    current.token = token;
    for (const query of [
      'soort=les&les=../../etc&versie=1.2',
      'soort=les&les=personas&versie=2',
      'soort=eindtoets&versie=1.2&cesuur=0',
    ]) {
      const response = await courseDownload(get(query));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/^(Kies|Deze les|De cesuur)/);
    }
    const badMark = await assignmentDownload(get('versie=1.2&cesuur=500'), at(ids.quiz));
    expect(badMark.status).toBe(400);
    expect(await badMark.json()).toEqual({ error: 'De cesuur is een heel getal van 1 tot en met 100 (procent).' });
    for (const id of [ids.map, ids.other, 'abc']) {
      expect(signal(await assignmentDownload(get('versie=1.2'), at(id)).catch((error) => error))).toMatch(
        /NEXT_HTTP_ERROR_FALLBACK;404/,
      );
    }

    // Through the bundled builder (lib/lms/scorm-builder.server.ts), as in production.
    const lesson = await courseDownload(get('soort=les&les=personas&versie=1.2'));
    expect(lesson.status).toBe(200);
    expect(lesson.headers.get('content-type')).toBe('application/zip');
    expect(lesson.headers.get('content-disposition')).toBe('attachment; filename="klantreis-les-personas-scorm12.zip"');
    expect(lesson.headers.get('cache-control')).toBe('private, no-store');
    const lessonFiles = await unzip(new Uint8Array(await lesson.arrayBuffer()));
    expect([...lessonFiles.keys()]).toEqual([...built.les.files.keys()]);
    // Bundled by esbuild, the CSS modules have real class names, and the lesson's <style> carries them.
    const json = /<script type="application\/json" id="klantreis-pakket">([\s\S]*?)<\/script>/.exec(
      text(lessonFiles.get(PACKAGE_FILES.html)!),
    )![1]!;
    const { lessonHtml } = JSON.parse(json) as PackageData;
    const svgClass = /<svg [^>]*class="([^"]+)"/.exec(lessonHtml!)?.[1];
    expect(svgClass).toBeTruthy();
    expect(lessonHtml).toContain(`.${svgClass}{`);
    expect(lessonHtml!.match(/data-oefening/g)?.length).toBe(built.les.data.items.length);

    const quiz = await assignmentDownload(get('versie=2004&cesuur=60'), at(ids.quiz));
    expect(quiz.status).toBe(200);
    expect(quiz.headers.get('content-disposition')).toMatch(
      /^attachment; filename="klantreis-opdracht-[a-z0-9]+-scorm2004\.zip"$/,
    );
    const quizFiles = await unzip(new Uint8Array(await quiz.arrayBuffer()));
    expect(text(quizFiles.get(MANIFEST_FILE)!)).toContain('<imsss:minNormalizedMeasure>0.60</imsss:minNormalizedMeasure>');
    for (const item of secretItems) expect(text(quizFiles.get(PACKAGE_FILES.html)!)).toContain(`"id":"${item.id}"`);
  });
});
