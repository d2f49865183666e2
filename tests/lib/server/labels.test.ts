import { describe, expect, test } from 'vitest';
import { previewOf, questionText } from '@/lib/server/labels.server';
import { makeFillBlanks, makeMultipleChoice, makeTrueFalse } from '../scoring/factories';

describe('what a question asks, in one line', () => {
  test('a true-false exercise is known by its statement, not the generic prompt', () => {
    const exercise = makeTrueFalse();
    expect(questionText(exercise)).toBe(questionText({ ...exercise, prompt: 'Is deze uitspraak waar of niet waar?' }));
    expect(questionText(exercise)).not.toContain('waar of niet waar');
  });
  test('other exercises by their prompt, as plain text, cut short', () => {
    const exercise = { ...makeMultipleChoice(), prompt: 'Welke **twee** kanalen zijn *online*?' };
    expect(questionText(exercise)).toBe('Welke twee kanalen zijn online?');
    expect(questionText(exercise, 10)).toBe('Welke twe…');
  });
});

describe('a preview of an exercise for the teacher', () => {
  test('a multiple-choice exercise lists its options and its key', () => {
    const exercise = makeMultipleChoice();
    const preview = previewOf(exercise);
    expect(preview.label).toBe('Keuzes');
    expect(preview.lines).toEqual(exercise.options.map((option) => option.text));
    expect(preview.answer).toBe(
      exercise.options
        .filter((option) => option.correct)
        .map((option) => option.text)
        .join(' + '),
    );
  });
  test('a fill-in text shows numbered blanks instead of the answers', () => {
    const preview = previewOf(makeFillBlanks());
    expect(preview.lines[0]).toContain('[1]');
    expect(preview.lines[0]).not.toContain('[[');
  });
  test('a true-false exercise has nothing to list but its key', () => {
    expect(previewOf(makeTrueFalse())).toEqual({ label: '', lines: [], answer: 'Niet waar' });
  });
});
