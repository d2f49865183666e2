// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeMultipleChoice } from '../../lib/scoring/factories';
import { checkButton, renderExercise, resultText } from './render';

describe('MultipleChoiceExercise', () => {
  test('all right answers and nothing else give full credit', async () => {
    const user = renderExercise(makeMultipleChoice());
    expect(checkButton()).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Mail' }));
    await user.click(screen.getByRole('checkbox', { name: 'Kassa' }));
    await user.click(checkButton());
    expect(await resultText()).toContain('Score: 1 van 1 punt');
    expect(screen.getByRole('checkbox', { name: 'Mail' })).toHaveAccessibleDescription(/Goed \(\+0,5 punt\).*Ja, contact\./);
  });

  test('a partial answer explains per option what it earned and cost', async () => {
    const user = renderExercise(makeMultipleChoice());
    await user.click(screen.getByRole('checkbox', { name: 'Mail' }));
    await user.click(screen.getByRole('checkbox', { name: 'Kassa' }));
    await user.click(screen.getByRole('checkbox', { name: 'Fabriek' }));
    await user.click(checkButton());
    const result = await resultText();
    expect(result).toContain('Deels goed.');
    expect(result).toContain('Score: 0,5 van 1 punt');
    expect(result).toContain('Je koos 2 goede antwoorden en 1 fout antwoord.');
    expect(screen.getByRole('checkbox', { name: 'Fabriek' })).toHaveAccessibleDescription(/Fout \(−0,5 punt\).*Geen contact\./);
  });

  test('a missed right option is named in the summary but only marked after Toon antwoord', async () => {
    const user = renderExercise(makeMultipleChoice());
    await user.click(screen.getByRole('checkbox', { name: 'Mail' }));
    await user.click(checkButton());
    expect(await resultText()).toContain('Je miste 1 goed antwoord.');
    expect(screen.getByRole('checkbox', { name: 'Kassa' })).not.toHaveAccessibleDescription();
    await user.click(screen.getByRole('button', { name: 'Toon antwoord' }));
    expect(screen.getByRole('checkbox', { name: 'Kassa' })).toHaveAccessibleDescription(/Gemist/);
  });

  test('Opnieuw keeps the right choices and clears the wrong ones; Helemaal opnieuw clears all', async () => {
    const user = renderExercise(makeMultipleChoice());
    await user.click(screen.getByRole('checkbox', { name: 'Mail' }));
    await user.click(screen.getByRole('checkbox', { name: 'Vrachtwagen' }));
    await user.click(checkButton());
    await user.click(await screen.findByRole('button', { name: 'Opnieuw' }));
    expect(screen.getByRole('checkbox', { name: 'Mail' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Vrachtwagen' })).not.toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Fabriek' }));
    await user.click(checkButton());
    await user.click(await screen.findByRole('button', { name: 'Helemaal opnieuw' }));
    expect(screen.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked)).toHaveLength(0);
    expect(checkButton()).toBeDisabled();
  });

  test('only wrong options chosen scores zero, never below', async () => {
    const user = renderExercise(makeMultipleChoice());
    await user.click(screen.getByRole('checkbox', { name: 'Fabriek' }));
    await user.click(screen.getByRole('checkbox', { name: 'Vrachtwagen' }));
    await user.click(checkButton());
    const result = await resultText();
    expect(result).toContain('Nog niet goed.');
    expect(result).toContain('Score: 0 van 1 punt');
  });
});
