// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AnswerMarks } from '@/components/assignment/answer-marks';
import { makeScore } from '@/lib/scoring/score';

const marks = [
  { id: 'v1', prompt: 'Wat is een touchpoint?', score: { ...makeScore(1, 1, []), correct: true } },
  { id: 'v2', prompt: 'Welke fase is dit?', score: makeScore(0.5, 2, []) },
  { id: 'v3', prompt: 'Waar of niet waar?', score: makeScore(0, 1, []) },
];

describe('a student sees per question what was right, before the answers are shown', () => {
  test('each question gets ✓ or ✗ with its points, in one list', () => {
    render(<AnswerMarks marks={marks} />);
    const items = within(screen.getByRole('list', { name: 'Per vraag' })).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toBe('Vraag 1: Wat is een touchpoint? ✓ Goed (1 van 1 punt)');
    expect(items[1]!.textContent).toBe('Vraag 2: Welke fase is dit? ◐ Deels goed (1 van 2 punten)');
    expect(items[2]!.textContent).toBe('Vraag 3: Waar of niet waar? ✗ Fout (0 van 1 punt)');
  });
});
