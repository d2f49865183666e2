// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { AssignmentForm, type PoolLesson } from '@/components/teacher/assignment-form';

const exercise = (id: string, text: string, preview?: PoolLesson['exercises'][number]['preview']) => ({
  id,
  type: 'waar of niet waar',
  level: 'onthouden' as const,
  text,
  preview: preview ?? { label: '', lines: [], answer: 'Waar' },
});
const pools = {
  toetsbank: [
    {
      slug: 'les-a',
      title: 'Les A',
      order: 1,
      exercises: [
        exercise('een', 'De klantreis begint bij de eerste indruk.'),
        exercise('twee', 'Welk kanaal is online?', { label: 'Keuzes', lines: ['Website', 'Winkel'], answer: 'Website' }),
        exercise('drie', 'Een touchpoint is een contactmoment.'),
      ],
    },
    { slug: 'les-b', title: 'Les B', order: 2, exercises: [exercise('vier', 'Iets uit les B.')] },
  ],
  oefenbank: [],
};
const noError = async () => ({ error: null });

describe('the exercise picker shows what each exercise asks and how many are chosen', () => {
  test('each exercise has a preview with its options and its answer', async () => {
    const user = userEvent.setup();
    render(<AssignmentForm action={noError} pools={pools} />);
    await user.click(screen.getByRole('radio', { name: 'Ik kies de oefeningen zelf' }));
    const picker = screen.getByRole('group', { name: 'Oefeningen' });
    expect(within(picker).getByRole('checkbox', { name: /^Welk kanaal is online\?/ })).toBeTruthy();
    const previews = within(picker).getAllByText('Bekijk de vraag');
    expect(previews).toHaveLength(4);
    const preview = previews[1]!.closest('details')!;
    expect(within(preview).getByText('Website', { selector: 'li' })).toBeTruthy();
    expect(within(preview).getByText('Winkel', { selector: 'li' })).toBeTruthy();
    expect(preview.textContent).toContain('Goed antwoord: Website');
  });

  test('choosing by hand counts the ticked exercises, live and in the right plural', async () => {
    const user = userEvent.setup();
    render(<AssignmentForm action={noError} pools={pools} />);
    await user.click(screen.getByRole('radio', { name: 'Ik kies de oefeningen zelf' }));
    const count = screen.getByRole('status');
    expect(count.textContent).toBe('0 oefeningen gekozen');
    await user.click(screen.getByRole('checkbox', { name: /^De klantreis begint/ }));
    expect(count.textContent).toBe('1 oefening gekozen');
    await user.click(screen.getByRole('checkbox', { name: /^Welk kanaal/ }));
    expect(count.textContent).toBe('2 oefeningen gekozen');
  });

  test('choosing whole lessons counts their exercises; a draw counts per lesson, at most what a lesson has', async () => {
    const user = userEvent.setup();
    render(<AssignmentForm action={noError} pools={pools} />);
    const count = screen.getByRole('status');
    expect(count.textContent).toBe('0 oefeningen gekozen');
    await user.click(screen.getByRole('checkbox', { name: /^Les 1: Les A/ }));
    expect(count.textContent).toBe('3 oefeningen gekozen');
    await user.click(screen.getByRole('checkbox', { name: /^Les 2: Les B/ }));
    expect(count.textContent).toBe('4 oefeningen gekozen');
    expect(screen.getByText('(1 oefening)')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Een aantal per les, willekeurig getrokken' }));
    fireEvent.change(screen.getByLabelText('Aantal per les'), { target: { value: '2' } });
    expect(count.textContent).toBe('3 oefeningen gekozen');
  });

  test('the seed is tucked away under "Geavanceerd"', async () => {
    const user = userEvent.setup();
    render(<AssignmentForm action={noError} pools={pools} />);
    await user.click(screen.getByRole('radio', { name: 'Een aantal per les, willekeurig getrokken' }));
    const seed = screen.getByLabelText(/Startwaarde/);
    const advanced = seed.closest('details')!;
    expect(advanced).toBeTruthy();
    expect(advanced.querySelector('summary')!.textContent).toBe('Geavanceerd');
    expect(advanced.open).toBe(false);
  });

  test('a message about the choice goes away when the teacher picks another way to choose', async () => {
    const user = userEvent.setup();
    const refuse = async () => ({ error: 'Kies minstens één les.', values: { mode: 'lessen' } });
    render(<AssignmentForm action={refuse} pools={pools} />);
    await user.type(screen.getByLabelText('Titel'), 'Toets');
    await user.click(screen.getByRole('button', { name: 'Maak de opdracht' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Kies minstens één les.');
    await user.click(screen.getByRole('radio', { name: 'Ik kies de oefeningen zelf' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
