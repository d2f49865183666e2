// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { makeCategorize } from '../../lib/scoring/factories';
import { checkButton, renderExercise, resultText } from './render';

const group = (label: string) => screen.getByRole('region', { name: `Groep ${label}` });
const item = (text: string) => screen.getByRole('button', { name: new RegExp(`^${text}`) });
const inGroup = (label: string) =>
  within(group(label))
    .queryAllByRole('button', { name: /./ })
    .filter((button) => button.hasAttribute('data-item'))
    .map((button) => button.querySelector('[data-drag-text]')!.textContent);

/** Tap the item, then tap "Zet hier" in the group: the path that needs no dragging. */
async function placeByTap(user: UserEvent, text: string, label: string) {
  await user.click(item(text));
  await user.click(within(group(label)).getByRole('button', { name: `Zet hier: ${text} in groep ${label}` }));
}

describe('CategorizeExercise', () => {
  test('unanswered until an item is placed; groups never hint at the answer', () => {
    renderExercise(makeCategorize());
    expect(checkButton()).toBeDisabled();
    expect(inGroup('B2B')).toEqual([]);
    expect(screen.queryByRole('button', { name: /^Zet hier/ })).not.toBeInTheDocument();
  });

  test('tap then target places an item, and the move is announced', async () => {
    const user = renderExercise(makeCategorize());
    await placeByTap(user, 'Een DMU beslist', 'B2B');
    expect(inGroup('B2B')).toEqual(['Een DMU beslist']);
    expect(screen.getByRole('status')).toHaveTextContent('Een DMU beslist staat nu in groep B2B.');
    expect(item('Een DMU beslist')).toHaveFocus();
    expect(checkButton()).toBeEnabled();
  });

  test('keyboard: Space picks up, arrows choose a group, Space puts down, Escape cancels', async () => {
    const user = renderExercise(makeCategorize());
    item('Snel kopen').focus();
    await user.keyboard(' ');
    expect(item('Snel kopen')).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('status')).toHaveTextContent('Plaatsen in groep B2B?');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('status')).toHaveTextContent('Plaatsen in groep B2C?');
    await user.keyboard(' ');
    expect(inGroup('B2C')).toEqual(['Snel kopen']);
    expect(item('Snel kopen')).toHaveFocus();

    await user.keyboard(' {ArrowRight}{Escape}');
    expect(inGroup('B2C')).toEqual(['Snel kopen']);
    expect(item('Snel kopen')).toHaveAttribute('aria-pressed', 'false');
  });

  test('all items in their group give full credit', async () => {
    const user = renderExercise(makeCategorize());
    await placeByTap(user, 'Een DMU beslist', 'B2B');
    await placeByTap(user, 'Offertes en gesprekken', 'B2B');
    await placeByTap(user, 'Snel kopen', 'B2C');
    await placeByTap(user, 'Eén koper', 'B2C');
    await user.click(checkButton());
    expect(await resultText()).toContain('4 van de 4 items staan in de goede groep.');
  });

  test('one right item takes the singular: "1 van de 4 items staat" (issue 14, item 18)', async () => {
    const user = renderExercise(makeCategorize());
    await placeByTap(user, 'Een DMU beslist', 'B2B');
    await user.click(checkButton());
    expect(await resultText()).toContain(
      '1 van de 4 items staat in de goede groep. 3 items hadden nog geen groep; dat telt als fout.',
    );
  });

  test('a partial answer counts unplaced items as wrong; Opnieuw sends back only the mistakes', async () => {
    const user = renderExercise(makeCategorize());
    await placeByTap(user, 'Een DMU beslist', 'B2B');
    await placeByTap(user, 'Snel kopen', 'B2C');
    await placeByTap(user, 'Eén koper', 'B2B');
    await user.click(checkButton());
    const result = await resultText();
    expect(result).toContain('Deels goed.');
    expect(result).toContain('Score: 0,5 van 1 punt');
    expect(result).toContain('2 van de 4 items staan in de goede groep. 1 item had nog geen groep; dat telt als fout.');
    expect(item('Eén koper')).toHaveAccessibleName('Eén koper, fout');
    expect(item('Snel kopen')).toHaveAccessibleName('Snel kopen, goed');

    await user.click(screen.getByRole('button', { name: 'Opnieuw' }));
    expect(inGroup('B2B')).toEqual(['Een DMU beslist']);
    expect(inGroup('B2C')).toEqual(['Snel kopen']);
  });

  test('Toon antwoord puts every item in its group without changing the student’s own answer', async () => {
    const user = renderExercise(makeCategorize());
    await placeByTap(user, 'Een DMU beslist', 'B2C');
    await user.click(checkButton());
    await user.click(await screen.findByRole('button', { name: 'Toon antwoord' }));
    expect(inGroup('B2B').sort()).toEqual(['Een DMU beslist', 'Offertes en gesprekken']);
    expect(inGroup('B2C').sort()).toEqual(['Eén koper', 'Snel kopen']);
    await user.click(screen.getByRole('button', { name: 'Opnieuw' }));
    expect(inGroup('B2C')).toEqual([]);
    expect(checkButton()).toBeDisabled();
  });

  describe('instructions that fit the input (issue 14, item 11)', () => {
    afterEach(() => vi.restoreAllMocks());

    test('tap, pointer and keyboard instructions are separate; an item is described by the keyboard one', () => {
      renderExercise(makeCategorize());
      const help = document.querySelector('[data-help="keys"]')!;
      expect(help.textContent).toContain('Met het toetsenbord: spatie pakt op');
      expect(document.querySelector('[data-help="touch"]')!.textContent).toContain('Tik op een antwoord');
      expect(document.querySelector('[data-help="pointer"]')!.textContent).toContain('Sleep aan');
      expect(item('Een DMU beslist')).toHaveAccessibleDescription(/Met het toetsenbord: spatie pakt op/);
    });

    test('after a tap on an item: "Tik nu op een groep", spoken and shown, and the groups scroll into view', async () => {
      const scroll = vi.fn();
      Element.prototype.scrollIntoView = scroll;
      const user = renderExercise(makeCategorize());
      await user.click(item('Een DMU beslist'));
      expect(screen.getByRole('status')).toHaveTextContent('Tik nu op een groep');
      expect(document.querySelector('[data-tap-next]')).toHaveTextContent('Tik nu op een groep');
      expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ block: 'nearest' }));
      // Placed: the prompt goes.
      await user.click(within(group('B2B')).getByRole('button', { name: /^Zet hier/ }));
      expect(document.querySelector('[data-tap-next]')).toBeNull();
    });

    test('after a tap on an item, a tap on the group itself places it', async () => {
      Element.prototype.scrollIntoView = vi.fn();
      const user = renderExercise(makeCategorize());
      await user.click(item('Snel kopen'));
      await user.click(within(group('B2C')).getByText('B2C'));
      expect(inGroup('B2C')).toEqual(['Snel kopen']);
      expect(screen.getByRole('status')).toHaveTextContent('Snel kopen staat nu in groep B2C.');
    });

    test('picking up by keyboard speaks the keyboard way, not the tap prompt', async () => {
      const user = renderExercise(makeCategorize());
      item('Een DMU beslist').focus();
      await user.keyboard(' ');
      expect(screen.getByRole('status')).toHaveTextContent('Kies met de pijltjes een groep');
      expect(document.querySelector('[data-tap-next]')).toBeNull();
    });
  });
});
