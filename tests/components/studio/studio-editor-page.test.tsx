// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { ProgressProvider } from '@/components/progress/progress-provider';
import { StudioEditorPage } from '@/components/studio/studio-editor-page';
import { loadStudioContent } from '@/lib/content/studio.server';
import { smallMap } from './fixtures';

let id = 'kaart-1';
vi.mock('next/navigation', () => ({ useSearchParams: () => new URLSearchParams({ id }) }));

const KEY = 'klantreis.studio';
const stored = () =>
  JSON.parse(localStorage.getItem(KEY) ?? 'null') as {
    maps: Array<{ id: string; persona: { name: string }; updatedAt: string }>;
  };

let content: Awaited<ReturnType<typeof loadStudioContent>>;
beforeAll(async () => {
  content = await loadStudioContent();
});
beforeEach(() => {
  localStorage.clear();
  id = 'kaart-1';
});
afterEach(() => vi.restoreAllMocks());

function renderPage() {
  render(
    <ProgressProvider>
      <StudioEditorPage templates={content.templates} />
    </ProgressProvider>,
  );
  return userEvent.setup();
}

describe('the studio editor page', () => {
  test('shows the map with its title as the h1 and saves an edit to the browser, quietly', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 1, maps: [smallMap({ title: 'Sam koopt een telefoon' })] }));
    const user = renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Sam koopt een telefoon' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Naam' }), 'Sam');
    expect(await screen.findByText('Opgeslagen')).toBeInTheDocument();
    const map = stored().maps[0]!;
    expect(map.persona.name).toBe('Sam');
    expect(map.updatedAt).not.toBe('2026-11-23T12:00:00.000Z');
  });

  test('a map that is not in this browser says so', async () => {
    id = 'bestaat-niet';
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Kaart niet gevonden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar je kaarten' })).toHaveAttribute('href', '/studio');
  });

  test('a full storage shows a Dutch message; the edit stays on the page', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 1, maps: [smallMap()] }));
    const user = renderPage();
    // The map itself, not the loading state (whose h1 is "Kaart").
    await screen.findByRole('textbox', { name: 'Naam' });
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key === KEY) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    await user.type(screen.getByRole('textbox', { name: 'Naam' }), 'Sam');
    expect(await screen.findByRole('alert')).toHaveTextContent(/de opslag van deze browser is vol of geblokkeerd/);
    expect(screen.getByRole('textbox', { name: 'Naam' })).toHaveValue('Sam');
    expect(screen.queryByText('Opgeslagen')).toBeNull();
  });
});
