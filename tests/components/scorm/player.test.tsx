// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PackageData, PackageItem } from '@/lib/lms/package';
import { lmsOf, Session, type Api12 } from '@/lib/lms/runtime';
import type { Exercise } from '@/lib/scoring';
import { App } from '@/scorm/app';
import { Lesson } from '@/scorm/lesson';
import { Quiz, TYPING_DELAY_MS } from '@/scorm/quiz';

const common = { level: 'onthouden', topic: 'personas', prompt: 'Vraag', explanation: 'Uitleg' };
const choice = {
  ...common,
  id: 'keuze',
  type: 'single-choice',
  options: [
    { id: 'ja', text: 'Ja', correct: true },
    { id: 'nee', text: 'Nee' },
  ],
} as unknown as Exercise;
const blanks = { ...common, id: 'plekken', type: 'fill-blanks', text: 'Een [[persona]] is verzonnen.' } as unknown as Exercise;
const item = (exercise: Exercise): PackageItem => ({
  exercise,
  html: { prompt: `<em>${exercise.id}</em>` },
  lesson: { slug: 'personas', title: 'Persona’s' },
});

function fakeLms() {
  const sets: [string, string][] = [];
  const api: Api12 = {
    LMSInitialize: () => 'true',
    LMSFinish: () => 'true',
    LMSGetValue: () => '',
    LMSSetValue: (key, value) => (sets.push([key, value]), 'true'),
    LMSCommit: () => 'true',
    LMSGetLastError: () => '0',
  };
  return { lms: lmsOf('1.2', api), sets };
}

const data = (kind: PackageData['kind'], items: PackageItem[]): PackageData => ({
  format: 1,
  kind,
  id: kind,
  title: 'Test',
  version: '1.2',
  masteryScore: kind === 'les' ? null : 0.55,
  lessonHtml: null,
  items,
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the SCORM player', () => {
  test('a lesson saves the first check of an exercise, not a retry', async () => {
    const { lms, sets } = fakeLms();
    const pkg = data('les', [item(choice)]);
    const session = new Session(lms, { kind: 'les', items: [choice], version: '1.2', masteryScore: null, now: () => 0 });
    const end = document.createElement('div');
    document.body.append(end);
    render(<Lesson data={pkg} session={session} end={end} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Nee' }));
    await user.click(screen.getByRole('button', { name: 'Controleer' }));
    await screen.findByText('Nog niet goed.');
    expect(sets.filter(([key]) => key === 'cmi.interactions.0.result')).toEqual([['cmi.interactions.0.result', 'wrong']]);
    expect(sets.findLast(([key]) => key === 'cmi.core.lesson_status')).toEqual(['cmi.core.lesson_status', 'completed']);
    await user.click(screen.getByRole('button', { name: 'Opnieuw' }));
    await user.click(screen.getByRole('radio', { name: 'Ja' }));
    await user.click(screen.getByRole('button', { name: 'Controleer' }));
    await screen.findByText('Goed!');
    // The retry is not saved: one interaction, and the score of the first check.
    expect(sets.filter(([key]) => key.endsWith('.result'))).toHaveLength(1);
    expect(sets.findLast(([key]) => key === 'cmi.core.score.raw')).toEqual(['cmi.core.score.raw', '0']);
    expect(screen.getByText(/Je hebt 1 van de 1 oefening gedaan/)).toBeInTheDocument();
    end.remove();
  });

  test('a quiz saves a choice at once, typing after a pause or when the page is left, and hands in with Afronden', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { lms, sets } = fakeLms();
    const items = [choice, blanks];
    const session = new Session(lms, { kind: 'eindtoets', items, version: '1.2', masteryScore: 0.55, now: () => 0 });
    let flush = () => {};
    render(<Quiz data={data('eindtoets', items.map(item))} session={session} onFlush={(next) => (flush = next)} />);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(screen.getByRole('radio', { name: 'Ja' }));
    expect(sets.filter(([key]) => key.endsWith('.result'))).toEqual([['cmi.interactions.0.result', 'correct']]);
    await user.type(screen.getByRole('textbox', { name: 'Open plek 1 van 1' }), 'pers');
    // Not per key: nothing of the typing is saved yet.
    expect(sets.filter(([key]) => key.startsWith('cmi.interactions.1'))).toEqual([]);
    act(() => vi.advanceTimersByTime(TYPING_DELAY_MS));
    expect(sets.findLast(([key]) => key === 'cmi.interactions.1.student_response')).toEqual([
      'cmi.interactions.1.student_response',
      'pers',
    ]);
    await user.type(screen.getByRole('textbox', { name: 'Open plek 1 van 1' }), 'ona');
    // Leaving the page saves what is still waiting.
    act(() => flush());
    expect(sets.findLast(([key]) => key === 'cmi.interactions.1.student_response')).toEqual([
      'cmi.interactions.1.student_response',
      'persona',
    ]);
    expect(sets.findLast(([key]) => key === 'cmi.core.lesson_status')).toEqual(['cmi.core.lesson_status', 'passed']);
    await user.click(screen.getByRole('button', { name: 'Afronden' }));
    const result = await screen.findByRole('region', { name: 'Je resultaat' });
    expect(within(result).getByText('Je hebt 2 van de 2 punten: 100 %. Geslaagd (nodig: 55 %).')).toBeInTheDocument();
    expect(session.isFinished).toBe(true);
    expect(sets.findLast(([key]) => key === 'cmi.core.exit')).toEqual(['cmi.core.exit', '']);
  });
});

describe('the player around a lesson', () => {
  test('the status line keeps saying where answers go, also after answering and Afronden', async () => {
    const { lms } = fakeLms();
    const session = new Session(lms, { kind: 'les', items: [choice], version: '1.2', masteryScore: null, now: () => 0 });
    const [status, body, end] = ['div', 'div', 'div'].map(() => document.body.appendChild(document.createElement('div')));
    render(
      <App
        data={data('les', [item(choice)])}
        session={session}
        slots={{ status: status!, body: body!, end: end! }}
        onFlush={() => {}}
      />,
      {
        container: end,
      },
    );
    const user = userEvent.setup();
    const line = 'Je antwoorden worden meteen opgeslagen in je leeromgeving.';
    expect(screen.getByText(line)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Ja' }));
    await user.click(screen.getByRole('button', { name: 'Controleer' }));
    await user.click(screen.getByRole('button', { name: 'Afronden' }));
    expect(await screen.findByText(/^Klaar\. Je voortgang staat in je leeromgeving\./)).toBeInTheDocument();
    expect(screen.getByText(line)).toBeInTheDocument();
    expect(session.isFinished).toBe(true);
  });
});
