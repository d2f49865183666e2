// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import userEvent from '@testing-library/user-event';
import { PracticeExam, urgencyOf } from '@/components/exam/practice-exam';
import { ProgressProvider } from '@/components/progress/progress-provider';
import { lesson, questions } from './questions';

const KEY = 'klantreis.proeftoets';
const exam = {
  seed: '0a1b2c3d4e5f6a7b',
  lessons: [lesson.slug],
  length: 10,
  deadline: null,
  responses: { tf: { value: false } },
};

function renderExam() {
  render(
    <ProgressProvider>
      <PracticeExam questions={questions} lessons={[lesson]} />
    </ProgressProvider>,
  );
}

beforeEach(() => localStorage.clear());

describe('the practice exam in progress', () => {
  test('an exam saved in the format before versions continues, and is saved again versioned', async () => {
    localStorage.setItem(KEY, JSON.stringify(exam));
    renderExam();
    expect(await screen.findByText('Vraag 1 van 2')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Niet waar' })).toBeChecked();
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ version: 1, ...exam });
  });

  test.each([
    ['corrupt', '{"seed":"0a1b","lessons":['],
    ['for a lesson that no longer exists', JSON.stringify({ version: 1, ...exam, lessons: ['weg'] })],
    ['of a length no longer offered', JSON.stringify({ version: 1, ...exam, length: 7 })],
  ])('a saved exam that is %s is not continued: the student starts a new one', async (_label, text) => {
    localStorage.setItem(KEY, text);
    renderExam();
    expect(await screen.findByRole('button', { name: 'Start de proeftoets' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/Vraag 1 van/)).toBeNull());
  });
});

describe('the timer of the practice exam', () => {
  const timed = (secondsLeft: number) => ({
    version: 1,
    ...exam,
    deadline: new Date(Date.now() + secondsLeft * 1000).toISOString(),
  });
  const bar = () => document.querySelector('[data-exam-bar]')!;

  test('shows the time and how many questions are answered, and counts a new answer', async () => {
    localStorage.setItem(KEY, JSON.stringify(timed(600)));
    renderExam();
    const timer = await screen.findByRole('timer');
    expect(timer).toHaveTextContent('Nog 10:00');
    expect(bar()).toHaveAttribute('data-urgency', 'rustig');
    // Two questions were drawn (the lesson has no more); the saved exam had one answer.
    expect(bar()).toHaveTextContent('1 van 2 beantwoord');
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Kassa' }));
    expect(bar()).toHaveTextContent('2 van 2 beantwoord');
  });

  test('turns amber in the last fifth of the time', async () => {
    // Ten questions of 90 s: 15 minutes, so amber from 3 minutes left.
    localStorage.setItem(KEY, JSON.stringify(timed(170)));
    renderExam();
    await screen.findByRole('timer');
    expect(bar()).toHaveAttribute('data-urgency', 'oranje');
    expect(screen.getByRole('timer')).toHaveTextContent('Nog 2:50');
  });

  test('turns red in the last minute and says "Nog 1 minuut"', async () => {
    localStorage.setItem(KEY, JSON.stringify(timed(45)));
    renderExam();
    const timer = await screen.findByRole('timer');
    expect(timer).toHaveTextContent('Nog 1 minuut');
    expect(bar()).toHaveAttribute('data-urgency', 'rood');
    expect(screen.getByRole('status', { hidden: true })).toHaveTextContent('Nog 1 minuut.');
  });

  test('when the time is up, the exam is handed in and a clear notice says so', async () => {
    localStorage.setItem(KEY, JSON.stringify(timed(-5)));
    window.scrollTo = () => {};
    renderExam();
    expect(await screen.findByRole('heading', { name: 'Jouw uitslag' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('De tijd is om. Je toets is vanzelf ingeleverd');
    expect(screen.queryByRole('timer')).toBeNull();
  });
});

describe('urgencyOf', () => {
  test.each([
    [900, 900, 'rustig'],
    [181, 900, 'rustig'],
    [180, 900, 'oranje'],
    [61, 900, 'oranje'],
    [60, 900, 'rood'],
    [0, 900, 'rood'],
    // A short exam still gets a calm start and the red last minute.
    [61, 200, 'oranje'],
  ] as const)('%s s left of %s s is %s', (left, total, expected) => {
    expect(urgencyOf(left, total)).toBe(expected);
  });
});
