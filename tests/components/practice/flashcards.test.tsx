// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import { FlashcardSession } from '@/components/flashcards/flashcard-session';
import { ProgressProvider } from '@/components/progress/progress-provider';
import { STORAGE_KEY } from '@/components/progress/progress-store';

const lessons = [{ slug: 'les-a', title: 'Les A', order: 1 }];
const terms = [
  { id: 'persona', term: 'Persona', definition: 'Een fictief maar realistisch profiel van een klant.', lesson: 'les-a' },
  { id: 'touchpoint', term: 'Touchpoint', definition: 'Elk moment van contact tussen klant en bedrijf.', lesson: 'les-a' },
];

function renderCards() {
  render(
    <ProgressProvider>
      <FlashcardSession terms={terms} lessons={lessons} />
    </ProgressProvider>,
  );
  return userEvent.setup();
}

const saved = () => JSON.parse(localStorage.getItem(STORAGE_KEY)!).exercises;

beforeEach(() => localStorage.clear());

describe('Begrippen oefenen', () => {
  test('asks to open a lesson first', async () => {
    renderCards();
    expect(await screen.findByText(/Open eerst een les/)).toBeInTheDocument();
  });

  test('by keyboard: turn with Enter or Space, grade, and the cards are saved on the FSRS schedule', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 2, exercises: {}, lessons: { 'les-a': { visitedAt: new Date().toISOString() } } }),
    );
    const user = renderCards();
    const start = await screen.findByRole('button', { name: 'Start (4 kaarten)' });
    start.focus();
    await user.keyboard('{Enter}');
    // Focus moves in the next animation frame, after the heading is there.
    const heading = await screen.findByRole('heading', { name: 'Kaart 1 van 4' });
    await waitFor(() => expect(heading).toHaveFocus());
    const card = document.querySelector('[data-flashcard]')!;
    expect(card).toHaveAttribute('aria-live', 'polite');
    expect(card).toHaveTextContent('Voorkant: het begrip');
    expect(card).toHaveTextContent('Persona');

    screen.getByRole('button', { name: 'Draai de kaart om' }).focus();
    await user.keyboard(' ');
    expect(card).toHaveTextContent('Achterkant: de uitleg');
    expect(card).toHaveTextContent('Een fictief maar realistisch profiel van een klant.');
    await user.click(screen.getByRole('button', { name: 'Ik wist het' }));

    for (let i = 2; i <= 4; i++) {
      await screen.findByRole('heading', { name: `Kaart ${i} van 4` });
      await user.click(screen.getByRole('button', { name: 'Draai de kaart om' }));
      await user.click(screen.getByRole('button', { name: i === 4 ? 'Nog niet' : 'Ik wist het' }));
    }
    expect(await screen.findByRole('heading', { name: 'Klaar!' })).toBeInTheDocument();
    expect(screen.getByText(/^3 van 4 goed\./)).toBeInTheDocument();
    const ids = Object.keys(saved()).sort();
    expect(ids).toEqual(['begrip-persona-term', 'begrip-persona-uitleg', 'begrip-touchpoint-term', 'begrip-touchpoint-uitleg']);
    for (const id of ids) expect(saved()[id].card).toBeDefined();
  });
});
