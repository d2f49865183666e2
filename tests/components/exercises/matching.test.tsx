// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { makeMatching } from '../../lib/scoring/factories';
import { checkButton, renderExercise, resultText } from './render';

const term = (label: string) => screen.getByRole('region', { name: label });
const answer = (text: string) => screen.getByRole('button', { name: new RegExp(`^${text}`) });
const answerAt = (label: string) =>
  within(term(label)).queryByRole('button', { name: /./ })?.querySelector('[data-drag-text]')?.textContent;

async function matchByTap(user: UserEvent, text: string, label: string) {
  await user.click(answer(text));
  await user.click(within(term(label)).getByRole('button', { name: `Koppel hier: ${text} bij ${label}` }));
}

describe('MatchingExercise', () => {
  test('tap an answer, then Koppel hier beside a term', async () => {
    const user = renderExercise(makeMatching());
    expect(checkButton()).toBeDisabled();
    await matchByTap(user, 'Overtuigingen', 'Core values');
    expect(answerAt('Core values')).toBe('Overtuigingen');
    expect(checkButton()).toBeEnabled();
  });

  test('a term holds one answer: a new one sends the old one back', async () => {
    const user = renderExercise(makeMatching());
    await matchByTap(user, 'De prijs', 'Core values');
    await matchByTap(user, 'Overtuigingen', 'Core values');
    expect(answerAt('Core values')).toBe('Overtuigingen');
    expect(within(screen.getByText('Antwoorden').parentElement!).getByRole('button', { name: /^De prijs/ })).toBeInTheDocument();
  });

  test('keyboard: pick up, arrows to a term, Space to match', async () => {
    const user = renderExercise(makeMatching());
    answer('Typische kenmerken').focus();
    await user.keyboard(' {ArrowUp}');
    expect(screen.getByRole('status')).toHaveTextContent('Koppelen bij Character?');
    await user.keyboard(' ');
    expect(answerAt('Character')).toBe('Typische kenmerken');
  });

  test('one right match takes the singular: "1 van de 3 koppelingen is goed"', async () => {
    const user = renderExercise(makeMatching());
    await matchByTap(user, 'Overtuigingen', 'Core values');
    await user.click(checkButton());
    expect(await resultText()).toContain(
      '1 van de 3 koppelingen is goed. 2 begrippen hadden nog geen antwoord; dat telt als fout.',
    );
  });

  test('all right is full credit; one distractor is 2 of 3; Opnieuw clears only that term', async () => {
    const user = renderExercise(makeMatching());
    await matchByTap(user, 'Overtuigingen', 'Core values');
    await matchByTap(user, 'De prijs', 'Communication');
    await matchByTap(user, 'Typische kenmerken', 'Character');
    await user.click(checkButton());
    const result = await resultText();
    expect(result).toContain('Score: 0,7 van 1 punt');
    expect(result).toContain('2 van de 3 koppelingen zijn goed.');
    expect(term('Communication')).toHaveAttribute('data-state', 'fout');
    expect(within(term('Communication')).getByText(', fout')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Opnieuw' }));
    expect(answerAt('Communication')).toBeUndefined();
    expect(answerAt('Core values')).toBe('Overtuigingen');
    await matchByTap(user, 'Manier van aanspreken', 'Communication');
    await user.click(checkButton());
    expect(await resultText()).toContain('Goed!');
  });

  test('Toon antwoord shows the right answer beside every term', async () => {
    const user = renderExercise(makeMatching());
    await matchByTap(user, 'De prijs', 'Character');
    await user.click(checkButton());
    await user.click(await screen.findByRole('button', { name: 'Toon antwoord' }));
    expect(answerAt('Character')).toBe('Typische kenmerken');
    expect(answerAt('Communication')).toBe('Manier van aanspreken');
  });
});
