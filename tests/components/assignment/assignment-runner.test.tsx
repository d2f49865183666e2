// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { AssignmentRunner, type GradedQuestion } from '@/components/assignment/assignment-runner';
import type { ExerciseViewData } from '@/components/exercises/exercise-view';
import { toPublic } from '@/lib/scoring';
import { makeMultipleChoice, makeTrueFalse } from '../../lib/scoring/factories';

const refresh = vi.fn();
vi.mock('@/components/assignment/reload', () => ({ showServerState: () => refresh() }));

const trueFalse = makeTrueFalse();
const multiple = makeMultipleChoice();
const questions: GradedQuestion[] = [trueFalse, multiple].map((exercise) => ({
  id: exercise.id,
  view: { type: exercise.type, public: toPublic(exercise) } as ExerciseViewData,
  prompt: exercise.prompt,
  statement: exercise.type === 'true-false' ? exercise.statement : undefined,
}));

type Call = { url: string; method: string; body: Record<string, unknown> };
let calls: Call[];
let answers: (() => Response | Promise<Response>)[];

beforeEach(() => {
  calls = [];
  answers = [];
  refresh.mockReset();
  sessionStorage.clear();
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, method: init.method!, body: JSON.parse(String(init.body)) });
    const next = answers.shift();
    return next ? next() : Response.json({ ok: true });
  });
});
afterEach(() => vi.unstubAllGlobals());

const offline = () => Promise.reject(new TypeError('Failed to fetch'));
const status = () => screen.getByRole('status').textContent;

function renderRunner(initialResponses: Record<string, unknown> = {}) {
  const user = userEvent.setup();
  render(<AssignmentRunner code="K7M2PQ" attempt={1} questions={questions} initialResponses={initialResponses} />);
  return user;
}

describe('AssignmentRunner', () => {
  test('shows saved answers again and sends nothing until something changes', async () => {
    renderRunner({ tf: { value: true } });
    expect(screen.getByRole('radio', { name: 'Waar' })).toBeChecked();
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(calls).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Controleer' })).toBeNull();
  });

  test('a change is saved to the server shortly after it is made', async () => {
    const user = renderRunner();
    await user.click(screen.getByRole('radio', { name: 'Niet waar' }));
    await waitFor(() => expect(calls).toHaveLength(1), { timeout: 2000 });
    expect(calls[0]).toEqual({
      url: '/api/opdracht/K7M2PQ/antwoorden',
      method: 'PUT',
      body: { answers: { tf: { value: false } } },
    });
    await waitFor(() => expect(status()).toBe('Je antwoorden zijn opgeslagen.'));
  });

  test('without a connection it says so, keeps the answer, and saves it when the connection returns', async () => {
    answers.push(offline);
    const user = renderRunner();
    await user.click(screen.getByRole('checkbox', { name: 'Mail' }));
    await waitFor(() => expect(status()).toContain('Nog niet opgeslagen'), { timeout: 2000 });
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(status()).toBe('Je antwoorden zijn opgeslagen.'));
    expect(calls.map((call) => call.body)).toEqual([
      { answers: { mc: { optionIds: ['mail'] } } },
      { answers: { mc: { optionIds: ['mail'] } } },
    ]);
  });

  test('a refused save shows the server’s message and is not retried on a timer', async () => {
    answers.push(() => Response.json({ error: 'Deze opdracht is gesloten.' }, { status: 409 }));
    const user = renderRunner();
    await user.click(screen.getByRole('radio', { name: 'Waar' }));
    await waitFor(() => expect(status()).toBe('Deze opdracht is gesloten.'), { timeout: 2000 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(calls).toHaveLength(1);
  });

  test('handing in warns about open questions; a retry after a failure sends the same submission id', async () => {
    const user = renderRunner({ tf: { value: false } });
    await user.click(screen.getByRole('button', { name: 'Lever de opdracht in' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Een vraag zonder antwoord telt als 0 punten');
    expect(calls).toEqual([]);
    answers.push(offline);
    await user.click(screen.getByRole('button', { name: 'Toch inleveren' }));
    expect(await screen.findByText(/geen verbinding met de server/)).toBeInTheDocument();
    expect(refresh).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Lever de opdracht in' }));
    await user.click(screen.getByRole('button', { name: 'Toch inleveren' }));
    await waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
    const handIns = calls.filter((call) => call.url.endsWith('/inleveren'));
    expect(handIns).toHaveLength(2);
    expect(handIns[0]!.body.submissionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(handIns[1]!.body.submissionId).toBe(handIns[0]!.body.submissionId);
    expect(handIns[1]!.body.answers).toEqual({ tf: { value: false }, mc: null });
  });
});
