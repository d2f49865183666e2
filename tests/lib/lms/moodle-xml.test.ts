// @vitest-environment jsdom
import { beforeAll, describe, expect, test } from 'vitest';
import { exportSections, type ExportSection } from '@/lib/lms/bank-export';
import { readBank, readLessonHeads } from '@/lib/lms/bank-files.server';
import { markdownToPlain, markdownToXhtml } from '@/lib/lms/markdown';
import { MOODLE_FRACTIONS, moodleFraction, moodleXml } from '@/lib/lms/moodle-xml';
import { score, type Exercise } from '@/lib/scoring';
import { blanksOf } from '@/lib/scoring/fill-blanks-text';
import { normalizeAnswer } from '@/lib/scoring/text';
import { xmllint } from './xmllint';

const all = { lessons: [], levels: [], types: [] };
let banks: Record<'toetsbank' | 'oefenbank', { sections: ExportSection[]; xml: string }>;

beforeAll(async () => {
  const lessons = await readLessonHeads();
  const of = async (bank: 'toetsbank' | 'oefenbank') => {
    const sections = exportSections(await readBank(bank), lessons, all);
    return { sections, xml: moodleXml('Klantreis', sections) };
  };
  banks = { toetsbank: await of('toetsbank'), oefenbank: await of('oefenbank') };
});

/** The Moodle type each of ours becomes (fill-blanks: shortanswer for one blank, cloze for more). */
const MOODLE_TYPE: Record<Exercise['type'], string> = {
  'single-choice': 'multichoice',
  'multiple-choice': 'multichoice',
  'true-false': 'truefalse',
  ordering: 'ordering',
  matching: 'matching',
  categorize: 'matching',
  'fill-blanks': 'shortanswer',
  open: 'essay',
};

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
const child = (element: Element, name: string) => [...element.children].find((node) => node.tagName === name);
const textOf = (element: Element | undefined) => (element ? (child(element, 'text')?.textContent ?? '') : '');
const answers = (question: Element) =>
  [...question.children]
    .filter((node) => node.tagName === 'answer')
    .map((node) => ({ fraction: node.getAttribute('fraction')!, text: textOf(node), feedback: textOf(child(node, 'feedback')) }));
const inline = (markdown: string) => markdownToXhtml(markdown, { inline: true });
const accepted = (answers: string[]) =>
  new Set(answers.flatMap((answer) => [answer.trim(), normalizeAnswer(answer)]).map((a) => a.toLowerCase()));

describe('Moodle XML', () => {
  test('both banks parse as XML', async () => {
    const files = new Map(Object.entries(banks).map(([name, { xml }]) => [`${name}.xml`, xml]));
    const result = await xmllint(files, ['--noout']);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  test.each(['toetsbank', 'oefenbank'] as const)(
    '%s reads back as the bank: types, right answers, fractions (scoring every choice as we do), grades',
    (name) => {
      const { sections, xml } = banks[name];
      const quiz = parse(xml).documentElement;
      expect(quiz.tagName).toBe('quiz');
      const questions = [...quiz.children].filter((node) => node.tagName === 'question');
      const categories = questions
        .filter((node) => node.getAttribute('type') === 'category')
        .map((node) => textOf(child(node, 'category')));
      expect(categories).toEqual(sections.map((section) => `$course$/top/Klantreis/${section.title.replace(/\//g, '//')}`));
      const byId = new Map(
        questions.filter((node) => child(node, 'idnumber')).map((node) => [child(node, 'idnumber')!.textContent!, node]),
      );
      const exercises = sections.flatMap((section) => section.exercises);
      expect(byId.size).toBe(exercises.length);

      const counts = (pairs: string[]) =>
        pairs.reduce<Record<string, number>>((map, type) => ({ ...map, [type]: (map[type] ?? 0) + 1 }), {});
      const expectedTypes = exercises.map((exercise) =>
        exercise.type === 'fill-blanks' && blanksOf(exercise.text).length > 1 ? 'cloze' : MOODLE_TYPE[exercise.type],
      );
      expect(counts([...byId.values()].map((node) => node.getAttribute('type')!))).toEqual(counts(expectedTypes));

      for (const exercise of exercises) {
        const question = byId.get(exercise.id)!;
        expect(Number(child(question, 'defaultgrade')!.textContent)).toBe(exercise.points ?? 1);
        expect(textOf(child(question, 'generalfeedback'))).toBe(markdownToXhtml(exercise.explanation));
        const given = answers(question);
        switch (exercise.type) {
          case 'single-choice':
          case 'multiple-choice': {
            expect(child(question, 'single')!.textContent).toBe(String(exercise.type === 'single-choice'));
            for (const answer of given) expect(MOODLE_FRACTIONS).toContain(Math.abs(Number(answer.fraction)));
            const right = given.filter((answer) => Number(answer.fraction) > 0);
            expect(right.map((answer) => answer.text)).toEqual(
              exercise.options.filter((o) => o.correct).map((o) => inline(o.text)),
            );
            // The right answers of a question together give full marks (Moodle allows a rounding error).
            expect(Math.abs(right.reduce((sum, answer) => sum + Number(answer.fraction), 0) - 100)).toBeLessThan(0.001);
            if (exercise.type === 'single-choice') expect(given.every((answer) => Number(answer.fraction) >= 0)).toBe(true);
            // Every possible choice scores in Moodle (the sum of its fractions, clamped to 0–100 %) as we score it.
            const options = exercise.options.map((option, index) => ({
              id: option.id,
              fraction: Number(given[index]!.fraction) / 100,
            }));
            for (let mask = 1; mask < 2 ** options.length; mask++) {
              const chosen = options.filter((_, index) => mask & (1 << index));
              if (exercise.type === 'single-choice' && chosen.length > 1) continue;
              const response =
                exercise.type === 'single-choice' ? { optionId: chosen[0]!.id } : { optionIds: chosen.map((o) => o.id) };
              const moodle = Math.min(
                1,
                Math.max(
                  0,
                  chosen.reduce((sum, option) => sum + option.fraction, 0),
                ),
              );
              expect(moodle).toBeCloseTo(score(exercise, response).fraction, 5);
            }
            break;
          }
          case 'true-false':
            expect(given.find((answer) => answer.fraction === '100')!.text).toBe(String(exercise.answer));
            break;
          case 'ordering':
            expect(given.map((answer) => answer.text)).toEqual(exercise.items.map((item) => inline(item.text)));
            expect(given.map((answer) => answer.fraction)).toEqual(exercise.items.map((_, index) => String(index + 1)));
            break;
          case 'matching':
          case 'categorize': {
            const subquestions = [...question.children].filter((node) => node.tagName === 'subquestion');
            const pairs = subquestions
              .filter((node) => textOf(node) !== '')
              .map((node) => [textOf(node), textOf(child(node, 'answer'))]);
            const expected =
              exercise.type === 'matching'
                ? exercise.prompts.map((p) => [
                    inline(p.text),
                    markdownToPlain(exercise.answers.find((a) => a.id === p.match)!.text),
                  ])
                : exercise.items.map((i) => [
                    inline(i.text),
                    markdownToPlain(exercise.categories.find((c) => c.id === i.category)!.label),
                  ]);
            expect(pairs).toEqual(expected);
            break;
          }
          case 'fill-blanks': {
            const blanks = blanksOf(exercise.text);
            if (blanks.length === 1) {
              expect(given.every((answer) => answer.fraction === '100')).toBe(true);
              expect(new Set(given.map((answer) => answer.text.toLowerCase()))).toEqual(accepted(blanks[0]!));
            } else {
              const cloze = [...textOf(child(question, 'questiontext')).matchAll(/\{1:SHORTANSWER:([^}]*)\}/g)].map((match) =>
                match[1]!.split('~').map((option) => option.replace(/^=/, '').toLowerCase()),
              );
              expect(cloze.map((options) => new Set(options))).toEqual(blanks.map(accepted));
            }
            break;
          }
          case 'open':
            expect(textOf(child(question, 'graderinfo'))).toContain(markdownToXhtml(exercise.modelAnswer));
            break;
        }
      }
    },
  );

  test('fractions: right minus wrong per number of right options, each one Moodle offers', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((k) => moodleFraction(100 / k))).toEqual([
      '100',
      '50',
      '33.33333',
      '25',
      '20',
      '16.66667',
      '14.28571',
      '12.5',
      '11.11111',
      '10',
    ]);
    expect(moodleFraction(-100 / 3)).toBe('-33.33333');
    expect(() => moodleFraction(100 / 11)).toThrow();
  });

  test('names, answers and cloze answers are escaped; Markdown becomes HTML', () => {
    const xml = moodleXml('Klantreis', [
      {
        slug: 'les',
        title: 'Les 1: A/B',
        order: 1,
        exercises: [
          {
            id: 'x',
            type: 'fill-blanks',
            level: 'begrijpen',
            topic: 'les',
            prompt: 'Vul in: **B2B & B2C**',
            explanation: 'Uitleg.',
            text: "Een [[persona's|ker}n]] en [[a~b]].",
          },
        ] as Exercise[],
      },
    ]);
    const quiz = parse(xml).documentElement;
    expect(quiz.querySelector('category > text')!.textContent).toBe('$course$/top/Klantreis/Les 1: A//B');
    expect(quiz.querySelector('name > text')!.textContent).toBe('Vul in: B2B & B2C');
    const body = quiz.querySelector('questiontext > text')!.textContent!;
    expect(body).toContain('<strong>B2B &amp; B2C</strong>');
    expect(body).toContain("{1:SHORTANSWER:=persona's~=ker\\}n}");
    expect(body).toContain('{1:SHORTANSWER:=a\\~b}');
  });
});
