// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { PracticeExercise } from '@/components/exercises/practice-exercise';
import type { SingleChoice } from '@/lib/scoring';
import { makeSingleChoice } from '../../lib/scoring/factories';

const EXPLANATION = 'De mail is het contactmoment, dus het touchpoint.';

function renderPractice(exercise: SingleChoice, hint?: string) {
  render(<PracticeExercise exercise={exercise} prompt={exercise.prompt} explanation={<p>{EXPLANATION}</p>} hint={hint} />);
  return userEvent.setup();
}

const check = () => screen.getByRole('button', { name: 'Controleer' });

describe('feedback that teaches: hint first, explanation later (issue 14, item 2)', () => {
  test('a first wrong check shows the marks and the hint, not the explanation', async () => {
    const user = renderPractice(makeSingleChoice(), 'Denk aan het moment waarop de klant iets merkt.');
    await user.click(screen.getByRole('radio', { name: /Fabriek/ }));
    await user.click(check());
    expect(await screen.findByText('Nog niet goed.')).toBeInTheDocument();
    // The mark and the option's own feedback stay.
    expect(screen.getByText('Geen contact.')).toBeInTheDocument();
    const hint = screen.getByText('Denk aan het moment waarop de klant iets merkt.');
    expect(hint.closest('[data-hint]')).not.toBeNull();
    expect(screen.queryByText(EXPLANATION)).not.toBeInTheDocument();
    expect(screen.queryByText(/Telt niet mee/)).not.toBeInTheDocument();
  });

  test('without a hint of its own, a first wrong check points back to the lesson', async () => {
    const user = renderPractice(makeSingleChoice());
    await user.click(screen.getByRole('radio', { name: /Fabriek/ }));
    await user.click(check());
    expect(await screen.findByText(/Lees het stuk van de les hierover nog eens/)).toBeInTheDocument();
    expect(screen.queryByText(EXPLANATION)).not.toBeInTheDocument();
  });

  test('in a lesson, a first wrong check links back to the section the exercise stands in, and offers no hint before', async () => {
    const exercise = makeSingleChoice();
    const pointer = (
      <>
        Lees het stuk <a href="#soorten-touchpoints">‘Soorten touchpoints’</a> nog eens.
      </>
    );
    render(
      <PracticeExercise
        exercise={exercise}
        prompt={exercise.prompt}
        explanation={<p>{EXPLANATION}</p>}
        position={{ index: 2, total: 5, pointer }}
      />,
    );
    const user = userEvent.setup();
    // A pointer back is no hint before answering.
    expect(screen.queryByText('Hint')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Fabriek/ }));
    await user.click(check());
    const link = await screen.findByRole('link', { name: '‘Soorten touchpoints’' });
    expect(link).toHaveAttribute('href', '#soorten-touchpoints');
    expect(link.closest('[data-hint]')).not.toBeNull();
  });

  test('the second check shows the explanation and says the retry does not count', async () => {
    const user = renderPractice(makeSingleChoice());
    await user.click(screen.getByRole('radio', { name: /Fabriek/ }));
    await user.click(check());
    await user.click(await screen.findByRole('button', { name: 'Opnieuw' }));
    await user.click(screen.getByRole('radio', { name: /Mail/ }));
    await user.click(check());
    expect(await screen.findByText('Goed!')).toBeInTheDocument();
    expect(screen.getByText(EXPLANATION)).toBeInTheDocument();
    expect(screen.getByText('Telt niet mee voor je voortgang; je oefent dit later opnieuw.')).toBeInTheDocument();
    expect(document.querySelector('[data-hint]')).toBeNull();
  });

  test('a second wrong check shows the explanation too', async () => {
    const user = renderPractice(makeSingleChoice());
    await user.click(screen.getByRole('radio', { name: /Fabriek/ }));
    await user.click(check());
    await user.click(await screen.findByRole('button', { name: 'Opnieuw' }));
    await user.click(screen.getByRole('radio', { name: /Vrachtwagen/ }));
    await user.click(check());
    expect(await screen.findByText(EXPLANATION)).toBeInTheDocument();
  });

  test('Toon antwoord shows the explanation', async () => {
    const user = renderPractice(makeSingleChoice());
    await user.click(screen.getByRole('radio', { name: /Fabriek/ }));
    await user.click(check());
    await user.click(await screen.findByRole('button', { name: 'Toon antwoord' }));
    expect(screen.getByText(EXPLANATION)).toBeInTheDocument();
    expect(document.querySelector('[data-hint]')).toBeNull();
  });

  test('a right first answer shows the explanation at once, without the retry note', async () => {
    const user = renderPractice(makeSingleChoice());
    await user.click(screen.getByRole('radio', { name: /Mail/ }));
    await user.click(check());
    expect(await screen.findByText(EXPLANATION)).toBeInTheDocument();
    expect(screen.queryByText(/Telt niet mee/)).not.toBeInTheDocument();
  });

  test('a reviewed test shows the explanation with the score, and no hint', () => {
    const exercise = makeSingleChoice();
    render(
      <PracticeExercise
        exercise={exercise}
        prompt={exercise.prompt}
        explanation={<p>{EXPLANATION}</p>}
        initialResponse={{ choice: 'fabriek' }}
        test={{
          onResponse: () => {},
          score: { points: 0, maxPoints: 1, fraction: 0, correct: false, parts: [{ id: 'fabriek', correct: false, points: 0 }] },
          reveal: true,
        }}
      />,
    );
    expect(screen.getByText(EXPLANATION)).toBeInTheDocument();
    expect(document.querySelector('[data-hint]')).toBeNull();
  });
});
