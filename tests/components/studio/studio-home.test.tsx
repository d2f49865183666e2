// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { ProgressProvider } from '@/components/progress/progress-provider';
import { StudioHome } from '@/components/studio/studio-home';
import { loadStudioContent } from '@/lib/content/studio.server';
import { smallMap } from './fixtures';

const push = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ push }) }));

const KEY = 'klantreis.studio';
const stored = () =>
  JSON.parse(localStorage.getItem(KEY) ?? 'null') as { version: number; maps: Array<{ id: string; title: string }> } | null;

let content: Awaited<ReturnType<typeof loadStudioContent>>;
beforeAll(async () => {
  content = await loadStudioContent();
});

function renderHome() {
  const { templates, starts } = content;
  render(
    <ProgressProvider>
      <StudioHome templates={templates} starts={starts} />
    </ProgressProvider>,
  );
  return userEvent.setup();
}

beforeEach(() => {
  localStorage.clear();
  push.mockReset();
});
afterEach(() => vi.restoreAllMocks());

describe('the studio start page', () => {
  test('a corrupt stored map is dropped with a Dutch notice; the good one stays', async () => {
    const good = smallMap({ id: 'goed', title: 'Goede kaart' });
    localStorage.setItem(KEY, JSON.stringify({ version: 1, maps: [{ ...smallMap({ id: 'kapot' }), journey: 'kapot' }, good] }));
    renderHome();
    expect(
      await screen.findByText('1 kaart was beschadigd en is weggehaald. Je andere kaarten staan er nog.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Goede kaart' })).toHaveAttribute('href', '/studio/kaart?id=goed');
    expect(screen.getByText('Je hebt 1 kaart in deze browser.')).toBeInTheDocument();
    // Cleaned at once (in the effect that shows the notice), so the notice comes once.
    await waitFor(() => expect(stored()?.maps.map((map) => map.id)).toEqual(['goed']));
  });

  test('makes a new map from a template and a start, saves it and opens it', async () => {
    const user = renderHome();
    await screen.findByText('Je hebt nog geen kaarten in deze browser.');
    await user.click(screen.getByRole('button', { name: 'Maak kaart' }));
    const maps = stored()?.maps ?? [];
    expect(maps).toHaveLength(1);
    expect(push).toHaveBeenCalledWith(`/studio/kaart?id=${maps[0]!.id}`);
  });

  test('importing a bad file says in Dutch what is wrong; a good file is added', async () => {
    const user = renderHome();
    await screen.findByText('Je hebt nog geen kaarten in deze browser.');
    const input = screen.getByLabelText('Kies een bestand');
    await user.upload(input, new File(['dit is geen json'], 'kaart.klantreis.json', { type: 'application/json' }));
    expect(
      await screen.findByText('Dit bestand kan niet gelezen worden. Kies een .klantreis.json-bestand uit de studio.'),
    ).toBeInTheDocument();
    await user.upload(
      input,
      new File([JSON.stringify({ ...smallMap(), title: 5 })], 'kaart.klantreis.json', { type: 'application/json' }),
    );
    expect(await screen.findByText(/^Dit bestand is geen goede kaart\. Veld "title"/)).toBeInTheDocument();
    expect(stored()).toBeNull();
    await user.upload(input, new File([JSON.stringify(smallMap({ title: 'Uit een bestand' }))], 'kaart.klantreis.json'));
    expect(await screen.findByText('Kaart Uit een bestand geïmporteerd.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Uit een bestand' })).toBeInTheDocument();
    expect(stored()?.maps.map((map) => map.title)).toEqual(['Uit een bestand']);
  });

  test('deletes a map with undo', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ version: 1, maps: [smallMap({ id: 'a', title: 'Kaart A' }), smallMap({ id: 'b', title: 'Kaart B' })] }),
    );
    const user = renderHome();
    await user.click(await screen.findByRole('button', { name: 'Verwijder Kaart A' }));
    expect(stored()?.maps.map((map) => map.id)).toEqual(['b']);
    const undo = screen.getByRole('button', { name: 'Ongedaan maken' });
    await vi.waitFor(() => expect(undo).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(stored()?.maps.map((map) => map.id)).toEqual(['a', 'b']);
    expect(
      within(screen.getAllByRole('list').at(-1)!)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Kaart A', 'Kaart B']);
  });

  test('a full storage shows a Dutch message and keeps the map on the page', async () => {
    const user = renderHome();
    await screen.findByText('Je hebt nog geen kaarten in deze browser.');
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key === KEY) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    await user.upload(
      screen.getByLabelText('Kies een bestand'),
      new File([JSON.stringify(smallMap({ title: 'Te veel' }))], 'k.klantreis.json'),
    );
    expect(await screen.findByText(/de opslag van deze browser is vol of geblokkeerd/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Te veel' })).toBeInTheDocument();
  });
});
