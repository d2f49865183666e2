// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { PracticeExam } from '@/components/exam/practice-exam';
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
