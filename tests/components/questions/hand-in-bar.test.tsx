// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { HandInBar } from '@/components/questions/hand-in-bar';

const answers = (unanswered: number) => ({ unanswered, confirming: false, handIn: () => {}, keepAnswering: () => {} });

describe('the hand-in bar counts in Dutch', () => {
  test('one question takes the singular (was "Nog 1 van de 1 vragen")', () => {
    render(<HandInBar answers={answers(1)} total={1} label="Lever in" continueLabel="Verder" />);
    expect(screen.getByText('Nog 1 van de 1 vraag zonder antwoord.')).toBeInTheDocument();
  });

  test('more questions take the plural', () => {
    render(<HandInBar answers={answers(2)} total={10} label="Lever in" continueLabel="Verder" />);
    expect(screen.getByText('Nog 2 van de 10 vragen zonder antwoord.')).toBeInTheDocument();
  });
});
