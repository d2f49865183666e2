// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { PracticeExercise } from '@/components/exercises/practice-exercise';
import { SingleChoiceExercise } from '@/components/exercises/single-choice';
import type { SingleChoice } from '@/lib/scoring';

function makeExercise(overrides: Partial<SingleChoice> = {}): SingleChoice {
  return {
    id: 'cj-touchpoint',
    type: 'single-choice',
    level: 'onthouden',
    topic: 'wat-is-een-customer-journey',
    prompt: 'Welke situatie is een touchpoint?',
    explanation: 'Een touchpoint is een contactmoment.',
    options: [
      { id: 'mail', text: 'Je krijgt een mail over je bestelling.', correct: true, feedback: 'Goed, dit is contact.' },
      { id: 'fabriek', text: 'Een fabriek maakt de telefoon.', feedback: 'De klant merkt hier niets van.' },
    ],
    ...overrides,
  };
}

function renderPractice(exercise = makeExercise()) {
  render(<PracticeExercise exercise={exercise} prompt={exercise.prompt} explanation={<p>{exercise.explanation}</p>} />);
  return userEvent.setup();
}

describe('SingleChoiceExercise', () => {
  test('Controleer stays disabled until an option is chosen', async () => {
    const user = renderPractice();
    expect(screen.getByRole('button', { name: 'Controleer' })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: /fabriek/ }));
    expect(screen.getByRole('button', { name: 'Controleer' })).toBeEnabled();
  });

  test('a right answer shows Goed, the full score, the feedback and the explanation', async () => {
    const user = renderPractice();
    await user.click(screen.getByRole('radio', { name: /mail/ }));
    await user.click(screen.getByRole('button', { name: 'Controleer' }));
    expect(await screen.findByText('Goed!')).toBeInTheDocument();
    expect(screen.getByText('Score: 1 van 1 punt')).toBeInTheDocument();
    expect(screen.getByText('Goed, dit is contact.')).toBeInTheDocument();
    expect(screen.getByText('Een touchpoint is een contactmoment.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Toon antwoord' })).not.toBeInTheDocument();
  });

  test('a wrong answer says so in words, moves focus to the result and offers Toon antwoord', async () => {
    const user = renderPractice();
    await user.click(screen.getByRole('radio', { name: /fabriek/ }));
    await user.click(screen.getByRole('button', { name: 'Controleer' }));
    expect(await screen.findByText('Nog niet goed.')).toBeInTheDocument();
    expect(screen.getByText('Score: 0 van 1 punt')).toBeInTheDocument();
    expect(screen.getByText('Fout')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /fabriek/ })).toHaveAccessibleDescription(/Fout.*De klant merkt hier niets van/);
    await vi.waitFor(() => expect(document.activeElement).toHaveTextContent('Nog niet goed.'));

    await user.click(screen.getByRole('button', { name: 'Toon antwoord' }));
    expect(screen.getByText('Het juiste antwoord is nu gemarkeerd.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /mail/ })).toHaveAccessibleDescription(/Juiste antwoord/);
  });

  test('Opnieuw clears the wrong choice and lets the student answer again by keyboard', async () => {
    const user = renderPractice();
    await user.click(screen.getByRole('radio', { name: /fabriek/ }));
    await user.click(screen.getByRole('button', { name: 'Controleer' }));
    await user.click(await screen.findByRole('button', { name: 'Opnieuw' }));

    expect(screen.getByRole('radio', { name: /fabriek/ })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Controleer' })).toBeDisabled();
    // Focus goes to the first option as shown (the order is shuffled per student).
    const [first] = screen.getAllByRole('radio');
    await vi.waitFor(() => expect(first).toHaveFocus());

    await user.keyboard(first === screen.getByRole('radio', { name: /mail/ }) ? ' ' : '{ArrowDown}');
    expect(screen.getByRole('radio', { name: /mail/ })).toBeChecked();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Goed!')).toBeInTheDocument();
  });

  test('scoring goes through the check function it is given, and a failed check keeps the answer', async () => {
    const exercise = makeExercise();
    const check = vi.fn().mockRejectedValueOnce(new Error('offline'));
    render(
      <SingleChoiceExercise
        exercise={{ ...exercise, options: exercise.options.map(({ id, text }) => ({ id, text })) }}
        prompt={exercise.prompt}
        check={check}
      />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: /mail/ }));
    await user.click(screen.getByRole('button', { name: 'Controleer' }));
    expect(check).toHaveBeenCalledWith({ optionId: 'mail' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Controleren is niet gelukt');
    expect(screen.getByRole('radio', { name: /mail/ })).toBeChecked();
    // Without a solution the student may not see the answer.
    check.mockResolvedValueOnce({ points: 0, maxPoints: 1, fraction: 0, correct: false, parts: [] });
    await user.click(screen.getByRole('button', { name: 'Controleer' }));
    expect(await screen.findByText('Nog niet goed.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Toon antwoord' })).not.toBeInTheDocument();
  });

  test('the radio group is labelled by the prompt', () => {
    renderPractice();
    expect(screen.getByRole('radiogroup', { name: 'Welke situatie is een touchpoint?' })).toBeInTheDocument();
  });
});
