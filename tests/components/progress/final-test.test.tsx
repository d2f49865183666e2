// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import { FinalTest } from '@/components/final-test/final-test';
import { adviceFor } from '@/components/final-test/final-test-runner';
import { ProgressOverview } from '@/components/progress/progress-overview';
import { ProgressProvider } from '@/components/progress/progress-provider';
import { STORAGE_KEY } from '@/components/progress/progress-store';
import { lesson, questions } from './questions';

const KEY = 'klantreis.eindtoets';

const saved = () =>
  JSON.parse(localStorage.getItem(KEY) ?? 'null') as { version: number; responses: Record<string, unknown> } | null;

function renderTest() {
  return render(
    <ProgressProvider>
      <FinalTest questions={questions} />
    </ProgressProvider>,
  );
}

beforeEach(() => {
  localStorage.clear();
  // jsdom does not scroll.
  window.scrollTo = () => {};
});

describe('the Eindtoets keeps its answers', () => {
  test('answers survive a reload, and handing in records the result in the progress', async () => {
    const user = userEvent.setup();
    const first = renderTest();
    // The options are shown in this student's order once the store (and its learner id) is there.
    await waitFor(() => expect(screen.getByRole('group')).toHaveAttribute('data-ready'));
    await user.click(screen.getByRole('radio', { name: 'Niet waar' }));
    await user.click(screen.getByRole('checkbox', { name: 'Kassa' }));
    await waitFor(() =>
      expect(saved()).toEqual({ version: 1, responses: { tf: { value: false }, mc: { optionIds: ['kassa'] } } }),
    );

    // A reload: a new page with a new store, reading what was saved.
    first.unmount();
    renderTest();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Niet waar' })).toBeChecked());
    expect(screen.getByRole('checkbox', { name: 'Kassa' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Mail' })).not.toBeChecked();
    expect(screen.getByText('Je hebt alle vragen beantwoord.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lever de toets in' }));
    expect(await screen.findByRole('heading', { name: 'Jouw uitslag' })).toBeInTheDocument();
    // Handed in: no longer in progress, but in the student's progress.
    expect(localStorage.getItem(KEY)).toBeNull();
    const progress = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    expect(progress.finalTests).toHaveLength(1);
    expect(progress.finalTests[0]).toMatchObject({ questions: 2, maxPoints: 2 });
    expect(progress.finalTests[0].points).toBeGreaterThan(1);
  });

  test('the result is shown on Mijn voortgang', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 2,
        exercises: {},
        lessons: {},
        finalTests: [{ at: '2026-11-23T12:00:00.000Z', points: 24, maxPoints: 30, questions: 30 }],
      }),
    );
    render(
      <ProgressProvider>
        <ProgressOverview lessons={[{ ...lesson, exerciseIds: [] }]} />
      </ProgressProvider>,
    );
    const heading = await screen.findByRole('heading', { name: 'Eindtoets' });
    const list = heading.nextElementSibling as HTMLElement;
    expect(within(list).getByRole('listitem')).toHaveTextContent('80 procent (24 van 30 punten)');
  });

  test('without a hand-in yet, Mijn voortgang says so', async () => {
    render(
      <ProgressProvider>
        <ProgressOverview lessons={[{ ...lesson, exerciseIds: [] }]} />
      </ProgressProvider>,
    );
    expect(await screen.findByText(/nog niet ingeleverd/)).toHaveTextContent('Je hebt de eindtoets nog niet ingeleverd.');
  });

  test.each([
    ['corrupt', '{"version":1,"responses":{"tf":'],
    ['from a newer site', JSON.stringify({ version: 9, responses: { tf: { value: false } } })],
    ['of the wrong shape', JSON.stringify({ version: 1, responses: { tf: 'waar', mc: { optionIds: 'mail' } } })],
  ])('saved answers that are %s start an empty test, never a crash', async (_label, text) => {
    localStorage.setItem(KEY, text);
    renderTest();
    await waitFor(() => expect(screen.getByRole('group')).toHaveAttribute('data-ready'));
    expect(screen.getByRole('radio', { name: 'Niet waar' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Waar' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Mail' })).not.toBeChecked();
    expect(screen.getByText('Nog 2 van de 2 vragen zonder antwoord.')).toBeInTheDocument();
  });

  test('Maak de toets opnieuw starts empty, and a reload then does not bring the old answers back', async () => {
    const user = userEvent.setup();
    const first = renderTest();
    await waitFor(() => expect(screen.getByRole('group')).toHaveAttribute('data-ready'));
    await user.click(screen.getByRole('radio', { name: 'Waar' }));
    await waitFor(() => expect(saved()?.responses).toEqual({ tf: { value: true } }));
    await user.click(screen.getByRole('button', { name: 'Lever de toets in' }));
    await user.click(screen.getByRole('button', { name: 'Toch inleveren' }));
    await user.click(await screen.findByRole('button', { name: 'Maak de toets opnieuw' }));
    expect(screen.getByRole('radio', { name: 'Waar' })).not.toBeChecked();
    first.unmount();
    renderTest();
    await waitFor(() => expect(screen.getByRole('group')).toHaveAttribute('data-ready'));
    expect(screen.getByRole('radio', { name: 'Waar' })).not.toBeChecked();
  });

  test('one or two wrong questions of a lesson are too little to advise reading it again', async () => {
    const user = userEvent.setup();
    renderTest();
    await waitFor(() => expect(screen.getByRole('group')).toHaveAttribute('data-ready'));
    // Both questions of the lesson wrong.
    await user.click(screen.getByRole('radio', { name: 'Waar' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mail' }));
    await user.click(screen.getByRole('button', { name: 'Lever de toets in' }));
    const row = within(await screen.findByRole('table', { name: 'Uitslag per les' })).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('Te weinig vragen voor een advies.');
    expect(row).not.toHaveTextContent('Lees deze les nog eens door.');
  });
});

describe('adviceFor', () => {
  test.each([
    [0, 1, 1, 'Te weinig vragen voor een advies.'],
    [1, 4, 4, 'Lees deze les nog eens door.'],
    [3, 4, 4, 'Goed gedaan.'],
    [2.1, 3, 3, 'Goed gedaan.'],
  ])('%s of %s points over %s questions: %j', (points, max, questions, expected) => {
    expect(adviceFor(points, max, questions)).toBe(expected);
  });
});
