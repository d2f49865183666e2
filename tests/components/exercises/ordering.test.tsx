// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { makeOrdering, makePhoneOrdering, PHONE_ANSWER } from '../../lib/scoring/factories';
import { checkButton, listedTexts, renderExercise, resultText } from './render';

const CORRECT = ['Bewustwording', 'Oriëntatie', 'Keuze', 'Gebruik'];
const list = () => screen.getByRole('list');
const step = (text: string) => screen.getByRole('button', { name: text });

/** Puts the steps in `wanted` order by keyboard only: Space picks up, ArrowUp moves, Space drops. */
async function arrangeByKeyboard(user: UserEvent, wanted: string[]) {
  // The shuffled start may already be the wanted order: one step down and back up is still a move.
  if (listedTexts(list()).every((text, index) => text === wanted[index])) {
    step(wanted[0]!).focus();
    await user.keyboard(' {ArrowDown}{ArrowUp} ');
  }
  for (const [target, text] of wanted.entries()) {
    const from = listedTexts(list()).indexOf(text);
    if (from === target) continue;
    step(text).focus();
    await user.keyboard(' ');
    for (let i = from; i > target; i--) await user.keyboard('{ArrowUp}');
    await user.keyboard(' ');
  }
}

describe('OrderingExercise', () => {
  test('starts shuffled, never solved, and unanswered: Controleer waits for a move', () => {
    renderExercise(makeOrdering());
    expect(listedTexts(list())).not.toEqual(CORRECT);
    expect([...listedTexts(list())].sort()).toEqual([...CORRECT].sort());
    expect(checkButton()).toBeDisabled();
    expect(screen.getByText('Verplaats eerst minstens één stap.')).toBeInTheDocument();
  });

  test('keyboard: Space picks up, arrows move, Space drops, with spoken Dutch feedback', async () => {
    const user = renderExercise(makeOrdering());
    const last = listedTexts(list()).at(-1)!;
    step(last).focus();
    await user.keyboard(' ');
    expect(step(last)).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(`${last} opgepakt, plaats 4 van 4`);
    await user.keyboard('{ArrowUp}');
    expect(listedTexts(list()).indexOf(last)).toBe(2);
    expect(screen.getByRole('status')).toHaveTextContent(`${last}: plaats 3 van 4`);
    expect(step(last)).toHaveFocus();
    await user.keyboard(' ');
    expect(step(last)).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('status')).toHaveTextContent(`${last} neergezet op plaats 3 van 4`);
    expect(checkButton()).toBeEnabled();
  });

  test('Escape puts the step back and leaves the exercise unanswered', async () => {
    const user = renderExercise(makeOrdering());
    const before = listedTexts(list());
    step(before[3]!).focus();
    await user.keyboard(' {ArrowUp}{ArrowUp}{Escape}');
    expect(listedTexts(list())).toEqual(before);
    expect(screen.getByRole('status')).toHaveTextContent('Verplaatsen geannuleerd');
    expect(checkButton()).toBeDisabled();
  });

  test('the correct order gives full credit', async () => {
    const user = renderExercise(makeOrdering());
    await arrangeByKeyboard(user, CORRECT);
    expect(listedTexts(list())).toEqual(CORRECT);
    await user.click(checkButton());
    const result = await resultText();
    expect(result).toContain('Goed!');
    expect(result).toContain('Alle 4 stappen staan op de goede plek.');
  });

  test('one step out of place scores 3 of 4 and marks that step; ▲ ▼ buttons work without dragging', async () => {
    const user = renderExercise(makeOrdering());
    await arrangeByKeyboard(user, CORRECT);
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Zet "Bewustwording" een plaats lager' }));
    expect(listedTexts(list())).toEqual(['Oriëntatie', 'Keuze', 'Gebruik', 'Bewustwording']);
    await user.click(checkButton());
    const result = await resultText();
    expect(result).toContain('Deels goed.');
    expect(result).toContain('Score: 0,8 van 1 punt');
    expect(result).toContain('3 van de 4 stappen staan in de goede volgorde ten opzichte van elkaar.');
    expect(result).toContain('0 stappen staan op precies de goede plek.');
    // In order relative to each other, but none in its own place: none is marked right.
    expect(step('Bewustwording')).toHaveAccessibleDescription(/Niet op zijn plek/);
    expect(step('Keuze')).toHaveAccessibleDescription(/Niet op zijn plek/);
  });

  test('tap a step, then tap another: the first takes the place of the second', async () => {
    const user = renderExercise(makeOrdering());
    const [first, , third] = listedTexts(list());
    await user.click(step(first!));
    await user.click(step(third!));
    expect(listedTexts(list()).indexOf(first!)).toBe(2);
    expect(checkButton()).toBeEnabled();
  });

  test('Toon antwoord shows the correct order; Opnieuw keeps the order; Helemaal opnieuw reshuffles', async () => {
    const user = renderExercise(makeOrdering());
    await arrangeByKeyboard(user, ['Gebruik', 'Bewustwording', 'Oriëntatie', 'Keuze']);
    await user.click(checkButton());
    await user.click(await screen.findByRole('button', { name: 'Toon antwoord' }));
    expect(screen.getByText('Zo is de goede volgorde.')).toBeInTheDocument();
    expect(listedTexts(list())).toEqual(CORRECT);

    await user.click(screen.getByRole('button', { name: 'Opnieuw' }));
    expect(listedTexts(list())).toEqual(['Gebruik', 'Bewustwording', 'Oriëntatie', 'Keuze']);
    expect(checkButton()).toBeEnabled();
    await vi.waitFor(() => expect(step('Gebruik')).toHaveFocus());

    await user.click(checkButton());
    await user.click(await screen.findByRole('button', { name: 'Helemaal opnieuw' }));
    expect(checkButton()).toBeDisabled();
    expect(listedTexts(list())).not.toEqual(CORRECT);
  });

  describe("the issue's example: six steps of buying a phone", () => {
    const phone = makePhoneOrdering();
    const text = (id: string) => phone.items.find((item) => item.id === id)!.text;
    const answer = PHONE_ANSWER.map(text);

    test('a step in a wrong place is never marked right; the result explains the score', async () => {
      const user = renderExercise(phone);
      await arrangeByKeyboard(user, answer);
      await user.click(checkButton());
      const result = await resultText();
      expect(result).toContain('Deels goed.');
      expect(result).toContain(
        '2 van de 6 stappen staan in de goede volgorde ten opzichte van elkaar. Daarvoor krijg je punten. 1 stap staat op precies de goede plek.',
      );
      expect(step(text('reviews'))).toHaveAccessibleDescription(/Goed/);
      for (const id of ['reclame', 'prijzen', 'bestellen', 'bezorger', 'mail']) {
        expect(step(text(id))).toHaveAccessibleDescription(/Niet op zijn plek/);
        expect(step(text(id))).not.toHaveAccessibleDescription(/Goed/);
        // The first try does not say where a step belongs.
        expect(step(text(id))).not.toHaveAccessibleDescription(/hoort op plaats/);
      }
    });

    test('on the second try each misplaced step says where it belongs', async () => {
      const user = renderExercise(phone);
      await arrangeByKeyboard(user, answer);
      await user.click(checkButton());
      await user.click(await screen.findByRole('button', { name: 'Opnieuw' }));
      await user.click(checkButton());
      await resultText();
      expect(step(text('reclame'))).toHaveAccessibleDescription(/Niet op zijn plek, hoort op plaats 1/);
      expect(step(text('bestellen'))).toHaveAccessibleDescription(/hoort op plaats 4/);
      expect(step(text('reviews'))).toHaveAccessibleDescription(/Goed/);
    });

    test('Toon antwoord says per step where it belongs', async () => {
      const user = renderExercise(phone);
      await arrangeByKeyboard(user, answer);
      await user.click(checkButton());
      await user.click(await screen.findByRole('button', { name: 'Toon antwoord' }));
      expect(step(text('reclame'))).toHaveAccessibleDescription(/Hoort op plaats 1/);
      expect(step(text('mail'))).toHaveAccessibleDescription(/Hoort op plaats 6/);
    });
  });

  test('instructions fit the input; a tapped step says where to tap next (issue 14, item 11)', async () => {
    const user = renderExercise(makeOrdering());
    expect(document.querySelector('[data-help="touch"]')!.textContent).toContain('Tik op een stap');
    expect(document.querySelector('[data-help="keys"]')!.textContent).toContain('Met het toetsenbord');
    const first = listedTexts(list())[0]!;
    expect(step(first)).toHaveAccessibleDescription(/Met het toetsenbord/);
    await user.click(step(first));
    expect(screen.getByRole('status')).toHaveTextContent('Tik nu op de plek waar');
    expect(document.querySelector('[data-tap-next]')).toHaveTextContent('Tik nu op de plek waar');
  });
});
