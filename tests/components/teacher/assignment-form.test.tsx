// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { AssignmentForm, type PoolLesson } from '@/components/teacher/assignment-form';

const preview = { label: '', lines: [], answer: 'Waar' };
const lesson = (exercises: PoolLesson['exercises']): PoolLesson => ({ slug: 'les-a', title: 'Les A', order: 1, exercises });
const pools = {
  toetsbank: [
    lesson([
      { id: 'recall', type: 'waar of niet waar', level: 'onthouden', text: 'Wat is een touchpoint?', preview },
      { id: 'apply', type: 'meerkeuze, één antwoord', level: 'toepassen', text: 'Welke fase is dit bij VeloVolt?', preview },
    ]),
  ],
  oefenbank: [lesson([])],
};

describe('the assignment form filters by Bloom level', () => {
  test('ticking a level leaves only exercises of that level to pick, and the lesson counts follow', async () => {
    const user = userEvent.setup();
    render(<AssignmentForm action={async () => ({ error: null })} pools={pools} />);
    expect(screen.getByText('(2 oefeningen)')).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: /^toepassen:/ }));
    expect(screen.getByText('(1 oefening)')).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Ik kies de oefeningen zelf' }));
    const picker = screen.getByRole('group', { name: 'Oefeningen' });
    expect(
      within(picker).getByRole('checkbox', { name: /Welke fase is dit bij VeloVolt\? \(meerkeuze, één antwoord, toepassen\)/ }),
    ).toBeTruthy();
    expect(within(picker).queryByRole('checkbox', { name: /Wat is een touchpoint/ })).toBeNull();

    // Unticking every level shows every exercise again.
    await user.click(screen.getByRole('checkbox', { name: /^toepassen:/ }));
    expect(within(picker).getAllByRole('checkbox')).toHaveLength(2);
  });
});
