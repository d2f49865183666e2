// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { PracticeLink } from '@/components/home/due-badge';
import { ProgressProvider } from '@/components/progress/progress-provider';
import { STORAGE_KEY } from '@/components/progress/progress-store';
import { emptyProgress, recordAttempt } from '@/lib/progress';

beforeEach(() => localStorage.clear());

function renderNav() {
  render(
    <ProgressProvider>
      <nav aria-label="Hoofdmenu">
        <PracticeLink />
      </nav>
    </ProgressProvider>,
  );
}

describe('the Oefenen badge in the navigation', () => {
  test('names the reviews due in the link, leaving glossary flashcards out', async () => {
    const past = new Date(Date.now() - 10 * 24 * 3600 * 1000);
    let progress = recordAttempt(emptyProgress(), 'cj-definitie', 0, past);
    progress = recordAttempt(progress, 'cj-fasen', 0, past);
    progress = recordAttempt(progress, 'cj-nieuw', 1, new Date());
    progress = recordAttempt(progress, 'begrip-persona-term', 0, past);
    localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
    renderNav();
    expect(await screen.findByRole('link', { name: 'Oefenen, 2 herhalingen klaar' })).toBeInTheDocument();
  });

  test('one review takes the singular; nothing due shows no badge', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify(recordAttempt(emptyProgress(), 'cj-definitie', 0, new Date(Date.now() - 10 * 24 * 3600 * 1000))),
    );
    renderNav();
    expect(await screen.findByRole('link', { name: 'Oefenen, 1 herhaling klaar' })).toBeInTheDocument();
  });

  test('no badge without reviews due', () => {
    renderNav();
    expect(screen.getByRole('link', { name: 'Oefenen' })).toBeInTheDocument();
  });
});
