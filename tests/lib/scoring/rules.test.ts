import { expect, test } from 'vitest';
import { signedPoints } from '@/lib/format/points';
import { score } from '@/lib/scoring';
import { scoringRule } from '@/lib/scoring/schema';
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
} from './factories';

// The rule printed on a teacher's answer key must say what score() does: each case scores an answer
// and checks that the rule names the points that answer got.

test('every exercise type has a scoring rule in Dutch words', () => {
  for (const make of Object.values(FACTORIES)) expect(scoringRule(make())).toMatch(/punt/);
});

test('single choice and true/false are all or nothing, as scored', () => {
  const choice = makeSingleChoice({ points: 2 });
  expect(score(choice, { optionId: 'fabriek' }).points).toBe(0);
  expect(scoringRule(choice)).toBe('Alles of niets: het goede antwoord geeft 2 punten. Anders 0 punten.');
  expect(score(makeTrueFalse(), { value: true }).points).toBe(0);
  expect(scoringRule(makeTrueFalse())).toMatch(/^Alles of niets: .* 1 punt\./);
});

test('multiple choice names what one right and one wrong tick are worth, floored at 0', () => {
  const exercise = makeMultipleChoice({ points: 2 }); // two right options of four
  const oneRight = score(exercise, { optionIds: ['mail'] }).points;
  const rightAndWrong = score(exercise, { optionIds: ['mail', 'fabriek'] }).points;
  const onlyWrong = score(exercise, { optionIds: ['fabriek'] }).points;
  const rule = scoringRule(exercise);
  expect(rule).toContain('Er zijn 2 goede antwoorden');
  expect(rule).toContain(`aangekruist: ${signedPoints(oneRight)}`);
  expect(rule).toContain(`aangekruist: ${signedPoints(rightAndWrong - oneRight)}`);
  expect(onlyWrong).toBe(0);
  expect(rule).toContain('nooit lager dan 0');
});

test('ordering names the points per step in the longest run, or all or nothing when set', () => {
  const exercise = makeOrdering({ points: 2 });
  // One step moved to the end: three of four stay in order, 3 × 0.5.
  const moved = score(exercise, { order: ['bewustwording', 'keuze', 'gebruik', 'orientatie'] }).points;
  expect(moved).toBe(1.5);
  expect(scoringRule(exercise)).toContain(`Elke stap in die reeks: ${signedPoints(moved / 3)}`);
  const strict = makeOrdering({ scoring: 'all-or-nothing' });
  expect(score(strict, { order: ['bewustwording', 'keuze', 'gebruik', 'orientatie'] }).points).toBe(0);
  expect(scoringRule(strict)).toMatch(/^Alles of niets/);
});

test('categorize, matching and open name the points per part, as scored', () => {
  const categorize = makeCategorize({ points: 2 });
  const onePlaced = score(categorize, { placements: { dmu: 'b2b' } }).points;
  expect(scoringRule(categorize)).toContain(`Elk item in de goede groep: ${signedPoints(onePlaced)}`);
  const matching = makeMatching();
  const oneMatched = score(matching, { matches: { character: 'kenmerken' } }).points;
  expect(scoringRule(matching)).toContain(`Elk begrip met de goede letter: ${signedPoints(oneMatched)}`);
  expect(scoringRule(matching)).toContain('Niet elke letter hoort bij een begrip');
  const open = makeOpen();
  const oneTicked = score(open, { text: '', checked: ['fasen'] }).points;
  expect(scoringRule(open)).toContain(`Elk punt dat in het antwoord staat: ${signedPoints(oneTicked)}`);
});

test('fill-blanks names the points per blank and the typo rule only when the exercise has it', () => {
  const tolerant = makeFillBlanks({ points: 3 });
  const oneTypo = score(tolerant, { answers: ['bewustwordng', '', ''] }).points;
  expect(oneTypo).toBe(1);
  expect(scoringRule(tolerant)).toContain(`open plek: ${signedPoints(oneTypo)}`);
  expect(scoringRule(tolerant)).toContain('Eén tikfout mag');
  const strict = makeFillBlanks({ typoTolerance: false });
  expect(score(strict, { answers: ['bewustwordng', '', ''] }).points).toBe(0);
  expect(scoringRule(strict)).toContain('Een tikfout is fout.');
});
