// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeOpen } from '../../lib/scoring/factories';
import { renderExercise, resultText } from './render';

const compare = () => screen.getByRole('button', { name: 'Vergelijk met het modelantwoord' });
const done = () => screen.getByRole('button', { name: 'Klaar met nakijken' });

describe('OpenExercise', () => {
  test('the model answer stays hidden until the student has written something', async () => {
    const user = renderExercise(makeOpen());
    expect(compare()).toBeDisabled();
    expect(screen.queryByText(/Instagram/)).not.toBeInTheDocument();
    expect(done()).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Jouw antwoord' }), 'Bewustwording: reclame');
    await user.click(compare());
    expect(screen.getByText('Bewustwording: een advertentie op Instagram.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Jouw antwoord' })).toHaveAttribute('readonly');
  });

  test('the score is the share of the checklist ticked, with no verdict of right or wrong', async () => {
    const user = renderExercise(makeOpen());
    await user.type(screen.getByRole('textbox', { name: 'Jouw antwoord' }), 'Mijn antwoord');
    await user.click(compare());
    await user.click(screen.getByRole('checkbox', { name: 'Je noemt elke fase.' }));
    await user.click(screen.getByRole('checkbox', { name: 'Je geeft drie touchpoints per fase.' }));
    await user.click(screen.getByRole('checkbox', { name: 'Elk touchpoint is een contact met de webshop.' }));
    await user.click(done());
    const result = await resultText();
    expect(result).toContain('Nagekeken.');
    expect(result).toContain('Score: 0,8 van 1 punt');
    expect(result).toContain('Je vinkte 3 van de 4 punten aan.');
    expect(result).not.toMatch(/Goed!|Nog niet goed/);
  });

  test('nothing ticked is zero points, still without "fout"; Opnieuw keeps the text to improve it', async () => {
    const user = renderExercise(makeOpen());
    await user.type(screen.getByRole('textbox', { name: 'Jouw antwoord' }), 'Kort');
    await user.click(compare());
    await user.click(done());
    expect(await resultText()).toContain('Score: 0 van 1 punt');
    await user.click(screen.getByRole('button', { name: 'Opnieuw' }));
    expect(screen.getByRole('textbox', { name: 'Jouw antwoord' })).toHaveValue('Kort');
    expect(screen.getByRole('textbox', { name: 'Jouw antwoord' })).not.toHaveAttribute('readonly');
  });
});
