// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeFillBlanks } from '../../lib/scoring/factories';
import { checkButton, renderExercise, resultText } from './render';

const blank = (n: number) => screen.getByRole('textbox', { name: `Open plek ${n} van 3` });

describe('FillBlanksExercise', () => {
  test('one input per blank inside the text; Controleer waits for some text', async () => {
    const user = renderExercise(makeFillBlanks());
    expect(screen.getAllByRole('textbox')).toHaveLength(3);
    expect(checkButton()).toBeDisabled();
    await user.type(blank(2), '   ');
    expect(checkButton()).toBeDisabled();
    await user.type(blank(2), 'x');
    expect(checkButton()).toBeEnabled();
  });

  test('right answers, folded for case and accents, give full credit', async () => {
    const user = renderExercise(makeFillBlanks());
    await user.type(blank(1), 'Bewustwording');
    await user.type(blank(2), 'ORIENTATIE');
    await user.type(blank(3), 'contactmoment');
    await user.click(checkButton());
    expect(await resultText()).toContain('3 van de 3 open plekken zijn goed ingevuld.');
  });

  test('a typo is "bijna goed" with the right spelling; a wrong blank is cleared by Opnieuw, the rest stays', async () => {
    const user = renderExercise(makeFillBlanks());
    await user.type(blank(1), 'bewustwordnig');
    await user.type(blank(2), 'oriëntatie');
    await user.type(blank(3), 'fabriek');
    await user.click(checkButton());
    const result = await resultText();
    expect(result).toContain('Deels goed.');
    expect(result).toContain('2 van de 3 open plekken zijn goed ingevuld.');
    expect(result).toContain('kleine tikfout');
    expect(blank(1)).toHaveAccessibleDescription('Open plek 1: bijna goed — de juiste spelling is ‘bewustwording’');
    expect(blank(3)).toHaveAccessibleDescription('Open plek 3: fout');

    await user.click(screen.getByRole('button', { name: 'Toon antwoord' }));
    expect(blank(3)).toHaveAccessibleDescription('Open plek 3: fout — het juiste antwoord is ‘touchpoint’');

    await user.click(screen.getByRole('button', { name: 'Opnieuw' }));
    expect(blank(1)).toHaveValue('bewustwordnig');
    expect(blank(2)).toHaveValue('oriëntatie');
    expect(blank(3)).toHaveValue('');
  });

  test('nothing right scores zero', async () => {
    const user = renderExercise(makeFillBlanks());
    await user.type(blank(1), 'klant');
    await user.click(checkButton());
    expect(await resultText()).toContain('Score: 0 van 1 punt');
  });

  test('Enter moves to the next blank, and on the last one checks (issue 14, item 4)', async () => {
    const user = renderExercise(makeFillBlanks());
    await user.click(blank(1));
    await user.keyboard('Bewustwording{Enter}');
    expect(blank(2)).toHaveFocus();
    await user.keyboard('orientatie{Enter}');
    expect(blank(3)).toHaveFocus();
    // Nothing was checked on the way.
    expect(checkButton()).toBeEnabled();
    await user.keyboard('contactmoment{Enter}');
    expect(await resultText()).toContain('3 van de 3 open plekken zijn goed ingevuld.');
  });

  test('Enter on the last blank with nothing filled in checks nothing, and goes to the first blank', async () => {
    const user = renderExercise(makeFillBlanks());
    await user.click(blank(3));
    await user.keyboard('{Enter}');
    expect(checkButton()).toBeDisabled();
    expect(blank(1)).toHaveFocus();
  });

  test('Enter on the last blank while an earlier one is empty goes back to it instead of checking', async () => {
    const user = renderExercise(makeFillBlanks());
    await user.click(blank(1));
    await user.keyboard('Bewustwording');
    await user.click(blank(3));
    await user.keyboard('contactmoment{Enter}');
    // The first check is the one that counts: no check with a blank forgotten.
    expect(blank(2)).toHaveFocus();
    expect(checkButton()).toBeEnabled();
    expect(document.querySelector('[data-verdict]')).toBeNull();
  });

  test('one right blank takes the singular', async () => {
    const user = renderExercise(makeFillBlanks());
    await user.type(blank(1), 'Bewustwording');
    await user.click(checkButton());
    expect(await resultText()).toContain('1 van de 3 open plekken is goed ingevuld.');
  });
});
