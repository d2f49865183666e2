// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { MapTwins } from '@/app/docent/(ingelogd)/opdrachten/[id]/map-twins';

const student = (participantId: number, name: string, handIns: number, joinedAt: string) => ({
  participantId,
  name,
  handIns,
  joinedAt: new Date(joinedAt),
});

describe('double sign-ups of a map assignment', () => {
  test('two joins under one name are offered to merge, by keyboard; other names are not', async () => {
    const user = userEvent.setup();
    let sent: FormData | null = null;
    render(
      <MapTwins
        assignmentId={4}
        action={(form) => {
          sent = form;
        }}
        students={[
          student(7, 'Sanne de Vries', 1, '2026-11-24T09:00:00Z'),
          student(8, 'Tim', 0, '2026-11-24T09:01:00Z'),
          student(9, ' sanne  de vries', 2, '2026-11-24T09:05:00Z'),
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
    expect(choices[1]!.closest('label')!.textContent).toMatch(/2 kaarten ingeleverd/);
    choices[1]!.focus();
    await user.keyboard(' ');
    await user.click(within(section).getByRole('button', { name: 'Voeg samen' }));
    expect(Object.fromEntries(sent!.entries())).toEqual({ id: '4', a: '7', b: '9', keep: '9' });
  });

  test('no twins, no section', () => {
    render(<MapTwins assignmentId={4} action={() => {}} students={[student(7, 'Sanne', 1, '2026-11-24T09:00:00Z')]} />);
    expect(screen.queryByRole('region')).toBeNull();
  });
});
