// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { BankExportForm } from '@/components/teacher/bank-export-form';
import { LEVELS } from '@/lib/scoring/schema';

const props = {
  lessons: [
    {
      slug: 'wat-is-een-customer-journey',
      title: 'Wat is een customer journey?',
      order: 1,
      counts: { toetsbank: 1, oefenbank: 12 },
    },
    { slug: 'personas', title: "Persona's", order: 4, counts: { toetsbank: 11, oefenbank: 22 } },
  ],
  levels: LEVELS,
  types: [
    { type: 'single-choice', label: 'meerkeuze, één antwoord' },
    { type: 'open', label: 'open vraag' },
  ],
};

/** The query a submit with `button` sends, as the browser builds it. */
function queryOf(form: HTMLFormElement, button: HTMLButtonElement) {
  const data = new FormData(form);
  data.append(button.name, button.value);
  return new URLSearchParams(data as unknown as Record<string, string>).toString();
}

describe('BankExportForm', () => {
  test('a plain GET form to the export route; toetsbank by default; nothing ticked means everything', async () => {
    render(<BankExportForm {...props} />);
    const qti = screen.getByRole('button', { name: 'Download QTI 2.1 (.zip)' }) as HTMLButtonElement;
    const form = qti.closest('form')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/docent/lms/vragenbank');
    expect(screen.getByRole('radio', { name: /^Toetsbank/ })).toBeChecked();
    expect(queryOf(form, qti)).toBe('bank=toetsbank&format=qti');
  });

  test('the teacher’s choices go into the query of the button they press', async () => {
    const user = userEvent.setup();
    render(<BankExportForm {...props} />);
    await user.click(screen.getByRole('radio', { name: /^Oefenbank/ }));
    const lessons = screen.getByRole('group', { name: 'Welke lessen?' });
    await user.click(within(lessons).getByRole('checkbox', { name: /Les 4: Persona's/ }));
    await user.click(screen.getByRole('checkbox', { name: 'toepassen' }));
    await user.click(screen.getByRole('checkbox', { name: 'open vraag' }));
    const moodle = screen.getByRole('button', { name: 'Download Moodle XML (.xml)' }) as HTMLButtonElement;
    expect(queryOf(moodle.closest('form')!, moodle)).toBe(
      'bank=oefenbank&lessons=personas&levels=toepassen&types=open&format=moodle',
    );
  });

  test('counts per lesson use the right plural', () => {
    render(<BankExportForm {...props} />);
    expect(screen.getByText('(1 vraag in de toetsbank, 12 oefeningen in de oefenbank)')).toBeInTheDocument();
    expect(screen.getByText('(11 vragen in de toetsbank, 22 oefeningen in de oefenbank)')).toBeInTheDocument();
  });
});
