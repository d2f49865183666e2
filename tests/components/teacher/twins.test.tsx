// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { Twins } from '@/app/docent/(ingelogd)/opdrachten/[id]/twins';

const student = (id: number, name: string, work: string, joinedAt: string) => ({ id, name, work, joinedAt: new Date(joinedAt) });

describe('double sign-ups of an assignment', () => {
  test('two joins under one name are offered to merge, by keyboard; other names are not', async () => {
    const user = userEvent.setup();
    let sent: FormData | null = null;
    render(
      <Twins
        assignmentId={4}
        action={(form) => {
          sent = form;
        }}
        intro="Deze namen staan er meer dan eens."
        effect="De andere aanmelding verdwijnt."
        signups={[
          student(7, 'Sanne de Vries', '1 kaart ingeleverd', '2026-11-24T09:00:00Z'),
          student(8, 'Tim', '0 kaarten ingeleverd', '2026-11-24T09:01:00Z'),
          student(9, ' sanne  de vries', '2 kaarten ingeleverd', '2026-11-24T09:05:00Z'),
        ]}
      />,
    );
    const section = screen.getByRole('region', { name: 'Dubbele aanmeldingen' });
    expect(within(section).queryByText(/Tim/)).toBeNull();
    const summary = within(section).getByText(/Voeg Sanne de Vries .* samen/);
    summary.focus();
    await user.keyboard('{Enter}');
    const keep = within(section).getByRole('group', { name: 'Welke aanmelding blijft?' });
    const choices = within(keep).getAllByRole('radio');
    expect(choices).toHaveLength(2);
    expect(choices[1]!.closest('label')!.textContent).toMatch(/sanne {2}de vries, aangemeld .*: 2 kaarten ingeleverd/);
    choices[1]!.focus();
    await user.keyboard(' ');
    await user.click(within(section).getByRole('button', { name: 'Voeg samen' }));
    expect(Object.fromEntries(sent!.entries())).toEqual({ id: '4', a: '7', b: '9', keep: '9' });
  });

  test('no twins, no section', () => {
    render(
      <Twins
        assignmentId={4}
        action={() => {}}
        intro=""
        effect=""
        signups={[student(7, 'Sanne', '1 kaart ingeleverd', '2026-11-24T09:00:00Z')]}
      />,
    );
    expect(screen.queryByRole('region')).toBeNull();
  });
});
