// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import { PracticeSession } from '@/components/practice/practice-session';
import { ProgressProvider } from '@/components/progress/progress-provider';
import { STORAGE_KEY } from '@/components/progress/progress-store';
import type { Question } from '@/components/questions/question';
import { makeTrueFalse } from '../../lib/scoring/factories';

const lessons = [
  { slug: 'les-a', title: 'Les A', order: 1 },
  { slug: 'les-b', title: 'Les B', order: 2 },
];
const exercise = (id: string, topic: string, answer: boolean) =>
  makeTrueFalse({ id, topic, answer, statement: `Stelling ${id}` });
const items: Question<'browser'>[] = [
  exercise('a1', 'les-a', true),
  exercise('a2', 'les-a', false),
  exercise('b1', 'les-b', true),
].map((ex) => ({
  id: ex.id,
  exercise: ex,
  lesson: lessons[0]!,
  prompt: ex.prompt,
  explanation: ex.explanation,
  statement: ex.statement,
}));

function save(progress: object) {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 2, lessons: {}, exercises: {}, ...progress }));
}

function renderSession() {
  render(
    <ProgressProvider>
      <PracticeSession items={items} lessons={lessons} />
    </ProgressProvider>,
  );
  return userEvent.setup();
}

beforeEach(() => localStorage.clear());

describe('Oefenen', () => {
  test('a student who opened no lesson is told to open one first', async () => {
    renderSession();
    const note = await screen.findByText(/Open eerst een les/);
    expect(within(note.closest('p')!).getByRole('link')).toHaveAttribute('href', '/lessen/les-a');
    expect(screen.queryByRole('button', { name: /^Start/ })).toBeNull();
  });

  test('new exercises come only from lessons the student opened', async () => {
    save({ lessons: { 'les-a': { visitedAt: new Date().toISOString() } } });
    renderSession();
    expect(await screen.findByRole('button', { name: 'Start (2 oefeningen)' })).toBeInTheDocument();
  });

  test('shows the weekly streak, forgiving: days of the last seven, with a goal', async () => {
    save({
      lessons: { 'les-a': { visitedAt: new Date().toISOString() } },
      exercises: { a1: { attempts: 1, best: 1, last: 1, lastAt: new Date().toISOString() } },
    });
    renderSession();
    expect(await screen.findByText('De afgelopen 7 dagen oefende je op 1 dag. Je doel is 4 dagen per week.')).toBeInTheDocument();
  });

  test('a session ends with what was right and when it comes back', async () => {
    save({ lessons: { 'les-a': { visitedAt: new Date().toISOString() } } });
    const user = renderSession();
    await user.click(await screen.findByRole('button', { name: 'Start (2 oefeningen)' }));
    // a1 is true: answer it right; a2 is false: answer it wrong.
    await user.click(screen.getByRole('radio', { name: 'Waar' }));
    await user.click(screen.getByRole('button', { name: 'Controleer' }));
    await user.click(screen.getByRole('button', { name: 'Volgende oefening' }));
    await user.click(screen.getByRole('radio', { name: 'Waar' }));
    await user.click(screen.getByRole('button', { name: 'Controleer' }));
    await user.click(screen.getByRole('button', { name: 'Sessie afronden' }));
    const done = await screen.findByRole('region', { name: 'Klaar!' });
    expect(done).toHaveTextContent('1 van 2 goed.');
    expect(done).toHaveTextContent(/komen vandaag nog terug|komt vandaag nog terug/);
  });
});
