import { expect } from 'vitest';
import type {
  Categorize,
  ExerciseOf,
  ExerciseType,
  FillBlanks,
  Matching,
  MultipleChoice,
  Open,
  Ordering,
  SingleChoice,
  TrueFalse,
} from '@/lib/scoring';

const base = { topic: 'wat-is-een-customer-journey', level: 'onthouden' as const, prompt: 'Vraag', explanation: 'Uitleg' };

export const makeSingleChoice = (overrides: Partial<SingleChoice> = {}): SingleChoice => ({
  ...base,
  id: 'sc',
  type: 'single-choice',
  options: [
    { id: 'mail', text: 'Mail', correct: true, feedback: 'Ja, contact.' },
    { id: 'fabriek', text: 'Fabriek', feedback: 'Geen contact.' },
    { id: 'vrachtwagen', text: 'Vrachtwagen' },
  ],
  ...overrides,
});

export const makeMultipleChoice = (overrides: Partial<MultipleChoice> = {}): MultipleChoice => ({
  ...base,
  id: 'mc',
  type: 'multiple-choice',
  options: [
    { id: 'mail', text: 'Mail', correct: true, feedback: 'Ja, contact.' },
    { id: 'kassa', text: 'Kassa', correct: true },
    { id: 'fabriek', text: 'Fabriek', feedback: 'Geen contact.' },
    { id: 'vrachtwagen', text: 'Vrachtwagen' },
  ],
  ...overrides,
});

export const makeTrueFalse = (overrides: Partial<TrueFalse> = {}): TrueFalse => ({
  ...base,
  id: 'tf',
  type: 'true-false',
  statement: 'De klantreis stopt bij het betalen.',
  answer: false,
  ...overrides,
});

export const makeOrdering = (overrides: Partial<Ordering> = {}): Ordering => ({
  ...base,
  id: 'ord',
  type: 'ordering',
  items: [
    { id: 'bewustwording', text: 'Bewustwording' },
    { id: 'orientatie', text: 'Oriëntatie' },
    { id: 'keuze', text: 'Keuze' },
    { id: 'gebruik', text: 'Gebruik' },
  ],
  ...overrides,
});

/**
 * Issue 14's example: six steps of buying a phone, in their right order. PHONE_ANSWER puts "Je ziet
 * een reclame…" in place 5 of 6 and "Je leest reviews…" rightly in place 2.
 */
export const makePhoneOrdering = (): Ordering =>
  makeOrdering({
    items: [
      { id: 'reclame', text: 'Je ziet een reclame voor een nieuwe telefoon op Instagram.' },
      { id: 'reviews', text: 'Je leest reviews over de telefoon.' },
      { id: 'prijzen', text: 'Je vergelijkt prijzen op een paar sites.' },
      { id: 'bestellen', text: 'Je bestelt de telefoon bij een webshop.' },
      { id: 'bezorger', text: 'De bezorger brengt het pakket.' },
      { id: 'mail', text: 'Een week later vraagt de webshop wat je ervan vindt.' },
    ],
  });
export const PHONE_ANSWER = ['prijzen', 'reviews', 'mail', 'bezorger', 'reclame', 'bestellen'];

export const makeCategorize = (overrides: Partial<Categorize> = {}): Categorize => ({
  ...base,
  id: 'cat',
  type: 'categorize',
  categories: [
    { id: 'b2b', label: 'B2B' },
    { id: 'b2c', label: 'B2C' },
  ],
  items: [
    { id: 'dmu', text: 'Een DMU beslist', category: 'b2b' },
    { id: 'offerte', text: 'Offertes en gesprekken', category: 'b2b' },
    { id: 'snel', text: 'Snel kopen', category: 'b2c' },
    { id: 'alleen', text: 'Eén koper', category: 'b2c' },
  ],
  ...overrides,
});

export const makeMatching = (overrides: Partial<Matching> = {}): Matching => ({
  ...base,
  id: 'koppel',
  type: 'matching',
  prompts: [
    { id: 'core-values', text: 'Core values', match: 'overtuigingen' },
    { id: 'communication', text: 'Communication', match: 'aanspreken' },
    { id: 'character', text: 'Character', match: 'kenmerken' },
  ],
  answers: [
    { id: 'overtuigingen', text: 'Overtuigingen' },
    { id: 'aanspreken', text: 'Manier van aanspreken' },
    { id: 'kenmerken', text: 'Typische kenmerken' },
    { id: 'prijs', text: 'De prijs' },
  ],
  ...overrides,
});

export const makeFillBlanks = (overrides: Partial<FillBlanks> = {}): FillBlanks => ({
  ...base,
  id: 'fill',
  type: 'fill-blanks',
  text: 'Na de [[bewustwording]] volgt de [[oriëntatie|orientatiefase]]. Een [[touchpoint|contactmoment]] is contact.',
  typoTolerance: true,
  ...overrides,
});

export const makeOpen = (overrides: Partial<Open> = {}): Open => ({
  ...base,
  id: 'open',
  type: 'open',
  modelAnswer: 'Bewustwording: een advertentie op Instagram.',
  checklist: [
    { id: 'fasen', text: 'Je noemt elke fase.' },
    { id: 'drie', text: 'Je geeft drie touchpoints per fase.' },
    { id: 'loyaliteit', text: 'Je noemt drie manieren om loyaliteit op te bouwen.' },
    { id: 'webshop', text: 'Elk touchpoint is een contact met de webshop.' },
  ],
  ...overrides,
});

/** A valid exercise of every registered type: a new type adds its factory here (tests/lib/scoring/registry.test.ts checks). */
export const FACTORIES: { [T in ExerciseType]: () => ExerciseOf<T> } = {
  'single-choice': () => makeSingleChoice(),
  'multiple-choice': () => makeMultipleChoice(),
  'true-false': () => makeTrueFalse(),
  ordering: () => makeOrdering(),
  categorize: () => makeCategorize(),
  matching: () => makeMatching(),
  'fill-blanks': () => makeFillBlanks(),
  open: () => makeOpen(),
};

/** Fails when a public view still carries any part of the key, feedback or explanation. */
export function expectNoKey(view: unknown) {
  const json = JSON.stringify(view);
  for (const field of [
    '"correct"',
    '"feedback"',
    '"explanation"',
    '"answer"',
    '"match"',
    '"category"',
    '"typoTolerance"',
    '"modelAnswer"',
    '[[',
  ]) {
    expect(json).not.toContain(field);
  }
}
