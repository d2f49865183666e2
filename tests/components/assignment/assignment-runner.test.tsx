// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { AssignmentRunner } from '@/components/assignment/assignment-runner';
import { FocusResult } from '@/components/assignment/focus-result';
import { ProgressProvider } from '@/components/progress/progress-provider';
import type { ExerciseViewData } from '@/components/exercises/exercise-view';
import type { Question } from '@/components/questions/question';
import { toPublic } from '@/lib/scoring';
import { makeMultipleChoice, makeTrueFalse } from '../../lib/scoring/factories';

const refresh = vi.fn();
vi.mock('@/components/assignment/reload', () => ({ showServerState: () => refresh() }));

const trueFalse = makeTrueFalse();
const multiple = makeMultipleChoice();
const questions: Question<'server'>[] = [trueFalse, multiple].map((exercise) => ({
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

  test('when the browser goes offline it says at once that answers wait here and handing in needs a connection', async () => {
    const user = renderRunner();
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await act(async () => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(status()).toContain('Je bent offline.');
    expect(status()).toContain('Inleveren kan alleen met internet.');
    expect(screen.getByRole('status')).toHaveAttribute('data-save', 'offline');
    // Answering goes on meanwhile; the answer is saved when the connection is back.
    answers.push(offline);
    await user.click(screen.getByRole('radio', { name: 'Waar' }));
    await waitFor(() => expect(calls).toHaveLength(1), { timeout: 2000 });
    onLine.mockReturnValue(true);
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(status()).toBe('Je antwoorden zijn opgeslagen.'));
    expect(calls.map((call) => call.body)).toEqual([{ answers: { tf: { value: true } } }, { answers: { tf: { value: true } } }]);
    onLine.mockRestore();
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
    expect(await screen.findByText(/Inleveren kan alleen met internet/)).toBeInTheDocument();
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

  test('the hand-in id is kept in this tab across a reload, so a retry after a reload is the same hand-in', async () => {
    const user = userEvent.setup();
    const page = () => (
      <ProgressProvider>
        <AssignmentRunner code="K7M2PQ" attempt={2} questions={questions} initialResponses={{ tf: { value: true }, mc: null }} />
      </ProgressProvider>
    );
    answers.push(offline);
    const first = render(page());
    // The options are in this student's order once the store is there.
    await waitFor(() => expect(screen.getByRole('group')).toHaveAttribute('data-ready'));
    await user.click(screen.getByRole('button', { name: 'Lever de opdracht in' }));
    await user.click(screen.getByRole('button', { name: 'Toch inleveren' }));
    expect(await screen.findByText(/Inleveren kan alleen met internet/)).toBeInTheDocument();
    first.unmount();
    render(page());
    await waitFor(() => expect(screen.getByRole('group')).toHaveAttribute('data-ready'));
    await user.click(screen.getByRole('button', { name: 'Lever de opdracht in' }));
    await user.click(screen.getByRole('button', { name: 'Toch inleveren' }));
    await waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
    const [one, two] = calls.filter((call) => call.url.endsWith('/inleveren')).map((call) => call.body.submissionId);
    expect(two).toBe(one);
    expect(JSON.parse(sessionStorage.getItem('klantreis.inlevering.K7M2PQ.2')!)).toEqual({ version: 1, id: one });
    // Just before the reload, the page marks the hand-in, so the result gets focus once.
    expect(JSON.parse(sessionStorage.getItem('klantreis.net-ingeleverd')!)).toEqual({ version: 1 });
  });
});

describe('FocusResult', () => {
  test.each([
    ['saved by this version', '{"version":1}'],
    ['saved before the store kept it', '1'],
  ])('right after a hand-in (%s) the result gets focus, once', async (_label, flag) => {
    sessionStorage.setItem('klantreis.net-ingeleverd', flag);
    const result = () => (
      <ProgressProvider>
        <section id="uitslag-blok" tabIndex={-1}>
          Je uitslag
        </section>
        <FocusResult targetId="uitslag-blok" />
      </ProgressProvider>
    );
    const first = render(result());
    await waitFor(() => expect(document.getElementById('uitslag-blok')).toHaveFocus());
    expect(sessionStorage.getItem('klantreis.net-ingeleverd')).toBeNull();
    first.unmount();
    (document.activeElement as HTMLElement | null)?.blur();
    render(result());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.getElementById('uitslag-blok')).not.toHaveFocus();
  });
});
