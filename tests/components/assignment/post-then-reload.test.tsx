// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { JoinForm } from '@/components/assignment/join-form';
import { NewAttemptButton } from '@/components/assignment/new-attempt';
import { SwitchStudent } from '@/components/assignment/switch-student';

// jsdom cannot reload a page; what matters is that the page is asked to, once, and only on success.
const showServerState = vi.hoisted(() => vi.fn());
vi.mock('@/components/assignment/reload', () => ({ showServerState }));

const fetchMock = vi.fn<typeof fetch>();
const answer = (status: number, body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status }));

beforeEach(() => {
  showServerState.mockReset();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

describe('post, then show the page as the server has it', () => {
  test('joining posts the name and number, then reloads; the button stays busy until then', async () => {
    const user = userEvent.setup();
    fetchMock.mockReturnValue(answer(200, { ok: true }));
    render(<JoinForm code="ABC234" />);
    await user.type(screen.getByLabelText('Je naam'), 'Anna B');
    await user.click(screen.getByRole('button', { name: 'Begin met de opdracht' }));

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/opdracht/ABC234/deelnemen');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ displayName: 'Anna B', studentNumber: '' });
    expect(showServerState).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Even geduld…' })).toBeDisabled();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a refusal shows the server’s Dutch message and does not reload; trying again clears it', async () => {
    const user = userEvent.setup();
    fetchMock.mockReturnValueOnce(answer(400, { error: 'Naam moet minstens één letter hebben.' }));
    render(<JoinForm code="ABC234" />);
    await user.click(screen.getByRole('button', { name: 'Begin met de opdracht' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Naam moet minstens één letter hebben.');
    expect(showServerState).not.toHaveBeenCalled();

    fetchMock.mockReturnValueOnce(answer(200, {}));
    await user.click(screen.getByRole('button', { name: 'Begin met de opdracht' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(showServerState).toHaveBeenCalledTimes(1);
  });

  test('a new attempt posts to /poging; no connection is a message, not a reload', async () => {
    const user = userEvent.setup();
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    render(<NewAttemptButton code="ABC234" number={2} />);
    await user.click(screen.getByRole('button', { name: 'Begin poging 2' }));
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/opdracht/ABC234/poging');
    expect(screen.getByRole('alert')).toHaveTextContent(/geen verbinding met de server/);
    expect(showServerState).not.toHaveBeenCalled();
  });

  test('switching student posts to /afmelden after the question, then reloads', async () => {
    const user = userEvent.setup();
    fetchMock.mockReturnValue(answer(200, {}));
    render(<SwitchStudent code="ABC234" name="Anna" working={false} />);
    await user.click(screen.getByRole('button', { name: 'Ben je niet Anna? Wissel van leerling' }));
    expect(fetchMock).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Ja, ik ben iemand anders' }));
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/opdracht/ABC234/afmelden');
    expect(showServerState).toHaveBeenCalledTimes(1);
  });
});
