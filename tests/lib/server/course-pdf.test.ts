import { beforeAll, expect, test } from 'vitest';
import { diagramPrint } from '@/components/diagrams/diagram-print';
import { loadCourse, type Course } from '@/lib/content/course.server';
import { summaryTitle } from '@/lib/content/summary';
import { coursePdf, type CoursePdf } from '@/lib/server/course-pdf.server';
import { toWinAnsi } from '@/lib/studio/render-svg';
import { readPdf, type PdfInfo } from '../../support/pdf-text';

// The course handout (/cursus.pdf) as a reader meets it: the contents page's numbers lead to the
// right pages, every lesson and card is in it, and Dutch characters survive.

let course: Course;
let made: CoursePdf;
let read: PdfInfo;
beforeAll(async () => {
  course = await loadCourse();
  made = await coursePdf({ lessons: course.lessons, glossary: course.glossary, diagramOf: diagramPrint });
  read = readPdf(made.pdf);
});

/** The contents page as printed: each entry's title and the page number beside it. */
function printedContents(text: string): { title: string; page: number }[] {
  const lines = text.split('\n').slice(1);
  const entries: { title: string; page: number }[] = [];
  for (let i = 0; i + 1 < lines.length; i += 2) {
    if (!/^\d+$/.test(lines[i + 1]!)) break;
    entries.push({ title: lines[i]!, page: Number(lines[i + 1]) });
  }
  return entries;
}

test('the PDF is A4 with a title and as many pages as the generator reports', () => {
  expect(read.title).toBe('Klantreis – de cursus als hand-out');
  expect(read.pages).toHaveLength(made.pageCount);
  for (const page of read.pages) expect(page.mediaBox.map(Math.round)).toEqual([0, 0, 595, 842]);
});

test('each contents entry names the page its section starts on, and the last section ends on the last page', () => {
  const contents = read.pages[1]!;
  expect(contents.text.split('\n')[0]).toBe('Inhoud');
  const entries = printedContents(contents.text);
  // A lesson and a card per lesson, and the heading "Leerkaarten".
  expect(entries).toHaveLength(course.lessons.length * 2 + 1);
  for (const entry of entries) {
    const page = read.pages[entry.page - 1]!;
    // The part "Leerkaarten" opens with the first card.
    const heading = entry.title === 'Leerkaarten' ? 'LEERKAART BIJ LES 1' : entry.title.replace(/^Les \d+: /, '');
    // It starts there: the section's heading is among the first lines of that page.
    expect(page.text.split('\n').slice(0, 3).join(' '), `${entry.title} on page ${entry.page}`).toContain(heading);
  }
  const last = entries.at(-1)!;
  expect(last.title).toBe(toWinAnsi(summaryTitle(course.lessons.at(-1)!.title)));
  // The last card runs to the end: every page after its start continues it (no trailing empty page).
  for (const page of read.pages.slice(last.page))
    expect(page.text.replace(/Klantreis – de customer journey|Pagina \d+ van \d+/g, '').trim()).not.toBe('');
  expect(read.pages.at(-1)!.text).toContain(`Pagina ${read.pages.length} van ${read.pages.length}`);
});

test('every contents entry is a link to a named destination in the PDF', () => {
  const raw = Buffer.from(made.pdf).toString('latin1');
  const goTos = [...raw.matchAll(/\/S \/GoTo\s*\/D \(([^)]*)\)/g)].map((match) => match[1]);
  const names = made.sections.length;
  // Title and page number link to the same place.
  expect(goTos).toHaveLength(names * 2);
  for (const lesson of course.lessons) {
    expect(goTos).toContain(`les-${lesson.slug}`);
    expect(goTos).toContain(`kaart-${lesson.slug}`);
    expect(raw).toContain(`(les-${lesson.slug})`);
  }
  // The bookmarks: one per lesson and card, under "Lessen" and "Leerkaarten".
  expect(raw).toMatch(/\/Outlines/);
  expect((raw.match(/\/Parent \d+ 0 R/g) ?? []).length).toBeGreaterThanOrEqual(course.lessons.length * 2);
});

test('the text holds every lesson title, every card, Dutch characters and no exercise answers', () => {
  const all = read.pages.map((page) => page.text).join('\n');
  for (const lesson of course.lessons) {
    expect(all).toContain(toWinAnsi(lesson.title));
    expect(all).toContain(toWinAnsi(summaryTitle(lesson.title)));
  }
  expect(all).toContain('Oriëntatie');
  expect(all).toContain('Heroriëntatie');
  expect(all).toMatch(/Basisboek Sales Professional/);
  expect(all).toMatch(/’/);
  expect(all).toMatch(/ – /);
  // Exercises are left out: an explanation from the bank (which says why an answer is right) is not in it.
  const explanation = course.bank.get(course.lessons[0]!.exerciseIds[0]!)!.explanation.slice(0, 40);
  expect(all).not.toContain(explanation);
});

test('diagrams are drawn as vector graphics with their words as text', () => {
  const all = read.pages.map((page) => page.text).join('\n');
  // Words inside the five-phase SVG and the 7C model, and cells of the B2B/B2C table.
  expect(all).toContain('de klant zoekt en vergelijkt');
  expect(all).toContain('Category behaviour');
  expect(all).toContain('Wie koopt?');
  expect(all).toContain('+2 (blij)');
});
