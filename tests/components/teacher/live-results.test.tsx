// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const refresh = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh }) }));
const { LiveResults, POLL_MS } = await import('@/components/teacher/live-results');

const answer = (stamp: string) => new Response(JSON.stringify({ stamp }), { status: 200 });
let visibility: DocumentVisibilityState = 'visible';

beforeEach(() => {
  vi.useFakeTimers();
  refresh.mockReset();
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('the results page updates itself while it is open', () => {
  test('it asks the small endpoint every POLL_MS and refreshes the page only when something changed', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(answer('a')).mockResolvedValueOnce(answer('b'));
    render(<LiveResults url="/docent/opdrachten/7/stand" stamp="a" />);
    expect(POLL_MS).toBeGreaterThanOrEqual(10_000);
    expect(POLL_MS).toBeLessThanOrEqual(15_000);
    await wait(POLL_MS);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0]).toBe('/docent/opdrachten/7/stand');
    expect(refresh).not.toHaveBeenCalled();
    await wait(POLL_MS);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toContain('werkt zichzelf bij');
  });

  test('it waits longer after each error, says so, and recovers', async () => {
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValueOnce(new Response('{}', { status: 503 }))
      .mockResolvedValue(answer('a'));
    render(<LiveResults url="/x" stamp="a" />);
    await wait(POLL_MS);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toContain('lukt even niet');
    await wait(POLL_MS);
    expect(fetch).toHaveBeenCalledTimes(1); // backed off: twice as long
    await wait(POLL_MS);
    expect(fetch).toHaveBeenCalledTimes(2);
    await wait(POLL_MS * 3);
    expect(fetch).toHaveBeenCalledTimes(2); // four times as long now
    await wait(POLL_MS);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(screen.getByRole('status').textContent).toContain('werkt zichzelf bij');
  });

  test('a hidden tab does not ask; it asks at once when the teacher comes back', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer('b'));
    render(<LiveResults url="/x" stamp="a" />);
    visibility = 'hidden';
    await wait(POLL_MS * 4);
    expect(fetch).not.toHaveBeenCalled();
    visibility = 'visible';
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await wait(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  test('it stops when the teacher is logged out or the assignment is gone', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{}', { status: 401 }));
    render(<LiveResults url="/x" stamp="a" />);
    await wait(POLL_MS * 10);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toContain('Laad de pagina opnieuw');
  });
});
