// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeTrueFalse } from '../../lib/scoring/factories';
import { checkButton, renderExercise, resultText } from './render';

describe('TrueFalseExercise', () => {
  test('shows the statement and names the radio group after it', () => {
    renderExercise(makeTrueFalse());
    expect(screen.getByRole('radiogroup', { name: 'De klantreis stopt bij het betalen.' })).toBeInTheDocument();
    expect(checkButton()).toBeDisabled();
  });

  test('in a lesson it says which exercise it is of how many', () => {
    renderExercise(makeTrueFalse(), { index: 3, total: 12 });
    expect(screen.getByText(/Oefening 3 van 12 · Waar of niet waar\?/)).toBeInTheDocument();
  });

  test('the right choice gives full credit', async () => {
    const user = renderExercise(makeTrueFalse());
    await user.click(screen.getByRole('radio', { name: 'Niet waar' }));
    await user.click(checkButton());
    expect(await resultText()).toContain('Score: 1 van 1 punt');
    expect(screen.getByRole('radio', { name: 'Niet waar' })).toHaveAccessibleDescription(/Goed/);
  });

  test('the wrong choice gives zero; Toon antwoord marks the right one; Opnieuw clears', async () => {
    const user = renderExercise(makeTrueFalse());
    await user.click(screen.getByRole('radio', { name: 'Waar' }));
    await user.click(checkButton());
    expect(await resultText()).toContain('Score: 0 van 1 punt');
    expect(screen.getByRole('radio', { name: 'Waar' })).toHaveAccessibleDescription(/Fout/);
    await user.click(screen.getByRole('button', { name: 'Toon antwoord' }));
    expect(screen.getByRole('radio', { name: 'Niet waar' })).toHaveAccessibleDescription(/Juiste antwoord/);
    await user.click(screen.getByRole('button', { name: 'Opnieuw' }));
    expect(screen.getByRole('radio', { name: 'Waar' })).not.toBeChecked();
    expect(checkButton()).toBeDisabled();
  });
});
