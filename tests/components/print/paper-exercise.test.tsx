// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { PaperAnswer } from '@/components/print/paper-answer';
import { PaperExercise } from '@/components/print/paper-exercise';
import type { Exercise } from '@/lib/scoring';
import {
  FACTORIES,
  makeCategorize,
  makeFillBlanks,
  makeMatching,
  makeMultipleChoice,
  makeOpen,
  makeOrdering,
  makeSingleChoice,
  makeTrueFalse,
} from '../../lib/scoring/factories';

// What a student sees on paper: boxes to tick, numbered lines, a table, lines in the text. The boxes
// and lines are drawn with CSS borders (.paperBox, .paperLine), so they are counted by class.

function paper(exercise: Exercise) {
  const { container, unmount } = render(<PaperExercise exercise={exercise} label="Oefening 3" />);
  const sheet = container.querySelector<HTMLElement>('[data-paper]')!;
  return {
    sheet,
    unmount,
    boxes: (within?: Element) => (within ?? sheet).querySelectorAll('.paperBox').length,
    lines: (within?: Element) => (within ?? sheet).querySelectorAll('.paperLine').length,
  };
}

const texts = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent?.trim());

test('a choice question prints one empty box per option, lettered A, B, C', () => {
  const { boxes } = paper(makeSingleChoice());
  expect(screen.getByText('Oefening 3').parentElement!.textContent).toBe('Oefening 3 · Kruis één antwoord aan');
  expect(texts(screen.getByRole('list'))).toEqual(['A Fabriek', 'B Mail', 'C Vrachtwagen']);
  expect(boxes()).toBe(3);
});

test('a multiple-choice question asks for every right answer, with a box per option', () => {
  const { boxes } = paper(makeMultipleChoice());
  expect(screen.getByText(/Kruis alle goede antwoorden aan/)).toBeTruthy();
  expect(boxes()).toBe(4);
});

test('true/false prints the statement and two boxes: Waar and Niet waar', () => {
  const { boxes } = paper(makeTrueFalse());
  expect(screen.getByText('De klantreis stopt bij het betalen.')).toBeTruthy();
  expect(texts(screen.getByRole('list'))).toEqual(['Waar', 'Niet waar']);
  expect(boxes()).toBe(2);
});

test('ordering prints the steps lettered, not in their right order, and a numbered line per step', () => {
  const { lines } = paper(makeOrdering());
  const [steps] = screen.getAllByRole('list');
  expect(texts(steps!)).toEqual(['A Bewustwording', 'B Gebruik', 'C Keuze', 'D Oriëntatie']);
  const slots = screen.getByRole('list', { name: 'Jouw volgorde' });
  expect(slots.tagName).toBe('OL');
  expect(within(slots).getAllByRole('listitem')).toHaveLength(4);
  expect(lines(slots)).toBe(4);
});

test('categorize prints a table: the groups as columns, an item per row, a box per group', () => {
  const { boxes } = paper(makeCategorize());
  const table = screen.getByRole('table');
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual(['Item', 'B2B', 'B2C']);
  expect(within(table).getAllByRole('rowheader')).toHaveLength(4);
  expect(boxes(table)).toBe(8);
});

test('matching prints the terms numbered with a line for a letter, and the answers lettered', () => {
  const { lines } = paper(makeMatching());
  const [terms, answers] = screen.getAllByRole('list');
  expect(terms!.tagName).toBe('OL');
  expect(texts(terms!)).toEqual(['Core values', 'Communication', 'Character']);
  expect(lines(terms)).toBe(3);
  expect(texts(answers!)).toEqual(['A De prijs', 'B Manier van aanspreken', 'C Overtuigingen', 'D Typische kenmerken']);
});

test('fill-blanks prints the text with a numbered line for each blank and none of the answers', () => {
  const { sheet } = paper(makeFillBlanks());
  const blanks = sheet.querySelectorAll('.paperBlank');
  expect([...blanks].map((blank) => blank.textContent)).toEqual(['(1)', '(2)', '(3)']);
  expect(sheet.textContent).toContain('Na de (1) volgt de (2). Een (3) is contact.');
  expect(sheet.textContent).not.toMatch(/bewustwording|oriëntatie|touchpoint|contactmoment/i);
});

test('an open question prints ruled lines and not the model answer or the checklist', () => {
  const { sheet, lines } = paper(makeOpen());
  expect(lines()).toBe(6);
  expect(sheet.textContent).not.toContain('Instagram');
  expect(sheet.textContent).not.toContain('Je noemt elke fase');
});

test('no paper question shows its explanation or any option feedback', () => {
  for (const make of Object.values(FACTORIES)) {
    const { sheet, unmount } = paper({ ...make(), explanation: 'UITLEG-GEHEIM' });
    expect(sheet.textContent).not.toContain('UITLEG-GEHEIM');
    expect(sheet.textContent).not.toMatch(/Ja, contact|Geen contact/);
    unmount();
  }
});

test('the answer uses the letters and numbers of the paper question', () => {
  const answer = (exercise: Exercise) => {
    const { container, unmount } = render(<PaperAnswer exercise={exercise} label="Oefening 1" />);
    const text = container.textContent ?? '';
    unmount();
    return text;
  };
  expect(answer(makeSingleChoice())).toContain('B: Mail');
  expect(answer(makeMultipleChoice())).toMatch(/B: Kassa.*C: Mail/);
  expect(answer(makeTrueFalse())).toContain('Niet waar');
  expect(answer(makeOrdering())).toMatch(/A: Bewustwording.*D: Oriëntatie.*C: Keuze.*B: Gebruik/);
  expect(answer(makeCategorize())).toMatch(/B2B:.*Een DMU beslist; Offertes en gesprekken/);
  expect(answer(makeMatching())).toContain('Core values → C: Overtuigingen');
  expect(answer(makeFillBlanks())).toMatch(/bewustwording.*oriëntatie of orientatiefase.*touchpoint of contactmoment/);
  expect(answer({ ...makeOpen(), explanation: 'Zo zit het.' })).toMatch(/Instagram.*Je noemt elke fase.*Zo zit het\./);
});
