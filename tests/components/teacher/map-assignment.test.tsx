// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { MapGrading } from '@/components/teacher/map-grading';
import { RubricEditor } from '@/components/teacher/rubric-editor';
import type { Rubric } from '@/lib/studio/rubric';
import { rubric } from '../../support/studio-map';

function Editor({ onRubric }: { onRubric: (rubric: Rubric) => void }) {
  const [value, setValue] = useState(rubric);
  return (
    <RubricEditor
      value={value}
      onChange={(next) => {
        setValue(next);
        onRubric(next);
      }}
    />
  );
}

describe('the rubric editor, by keyboard only', () => {
  test('a criterion is added, named, given a level with points, and another criterion removed; focus follows', async () => {
    const user = userEvent.setup();
    let latest = rubric;
    render(<Editor onRubric={(next) => (latest = next)} />);
    expect(screen.getByText(/2 criteria, samen hoogstens 7 punten/)).toBeTruthy();

    // Tab to "Criterium erbij" and press Enter: the new criterion's name field gets focus.
    screen.getByRole('button', { name: 'Criterium erbij' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getAllByLabelText('Naam').at(-1)));
    await user.keyboard('Pijnpunten en kansen');
    const third = screen.getByRole('group', { name: 'Criterium 3: Pijnpunten en kansen' });

    // Add a level to it, type its name, Tab to its points.
    within(third)
      .getByRole('button', { name: /Niveau erbij/ })
      .focus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(third).getByLabelText('Naam van niveau 4 van Pijnpunten en kansen')),
    );
    await user.keyboard('Uitstekend');
    await user.tab();
    expect(document.activeElement).toBe(within(third).getByLabelText('Punten voor niveau 4 van Pijnpunten en kansen'));
    await user.keyboard('{Control>}a{/Control}5');

    // Remove the first criterion with the keyboard: focus moves to the next one's name.
    screen.getByRole('button', { name: 'Criterium weghalen: Touchpoints per fase' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('group', { name: 'Criterium 1: Loyaliteit' }).querySelector('input')),
    );

    expect(latest.criteria.map((criterion) => criterion.title)).toEqual(['Loyaliteit', 'Pijnpunten en kansen']);
    expect(latest.criteria[1]!.levels.at(-1)).toEqual({ label: 'Uitstekend', points: 5, description: '' });
    expect(screen.getByText(/2 criteria, samen hoogstens 8 punten/)).toBeTruthy();
    // A criterion keeps at least 2 levels: the remove buttons of a 2-level criterion are disabled.
    const loyalty = screen.getByRole('group', { name: 'Criterium 1: Loyaliteit' });
    expect(
      within(loyalty)
        .getAllByRole('button', { name: /^Weg/ })
        .every((button) => (button as HTMLButtonElement).disabled),
    ).toBe(true);
  });
});

describe('the grading form, by keyboard only', () => {
  test('arrow keys choose a level per criterion, the total previews, and the levels and feedback are sent', async () => {
    const user = userEvent.setup();
    const action = vi.fn(async () => ({ error: null, saved: 'Opgeslagen: 5 van 7 punten.' }));
    render(
      <MapGrading action={action} assignmentId={3} handInId={9} student="Sanne" rubric={rubric} levels={null} feedback="" />,
    );
    expect(screen.getByText('Kies bij elk criterium een niveau (0 van 2).')).toBeTruthy();

    // Tab into the first radio group, arrow to "Voldoende"; Tab to the next group, arrow to "Ja".
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /Onvoldoende/ }));
    await user.keyboard('{ArrowDown}');
    expect((screen.getByRole('radio', { name: /^Voldoende/ }) as HTMLInputElement).checked).toBe(true);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect((screen.getByRole('radio', { name: /^Ja/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Totaal: 5 van 7 punten.')).toBeTruthy();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Feedback voor Sanne'));
    await user.keyboard('Mooie curve.');
    await user.tab();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    const form = (action.mock.calls[0] as unknown as [unknown, FormData])[1];
    expect(Object.fromEntries(form.entries())).toEqual({
      id: '3',
      handIn: '9',
      'niveau-touchpoints': '1',
      'niveau-loyaliteit': '1',
      feedback: 'Mooie curve.',
    });
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Opgeslagen: 5 van 7 punten.');
  });
});
