// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { ProgressNotice } from '@/components/progress/progress-notice';
import { ProgressOverview } from '@/components/progress/progress-overview';
import { ProgressProvider } from '@/components/progress/progress-provider';
import { createProgressStore, LEGACY_STORAGE_KEY, STORAGE_KEY } from '@/components/progress/progress-store';
import { PracticeExercise } from '@/components/exercises/practice-exercise';
import { makeTrueFalse } from '../../lib/scoring/factories';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    data,
  };
}

const NOW = () => new Date('2026-11-23T12:00:00Z');

describe('the progress store', () => {
  test('records an attempt and saves it', () => {
    const storage = memoryStorage();
    const store = createProgressStore({ storage, now: NOW });
    store.getState().load();
    store.getState().record('cj-definitie', 1);
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).exercises['cj-definitie'].best).toBe(1);
  });

  test('progress of the site before (format 2, old key) moves to the new key; the old key is left for old tabs', () => {
    const old = JSON.stringify({
      version: 2,
      exercises: { 'cj-definitie': { attempts: 2, best: 1, last: 1, lastAt: '2026-11-20T10:00:00.000Z' } },
      lessons: {},
    });
    const storage = memoryStorage({ [LEGACY_STORAGE_KEY]: old });
    const store = createProgressStore({ storage, now: NOW });
    store.getState().load();
    expect(store.getState().progress.exercises['cj-definitie']).toMatchObject({ attempts: 2, counted: 1 });
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).version).toBe(3);
    // A tab still running the old site reads its own key unchanged, and cannot strip the new format.
    expect(storage.data.get(LEGACY_STORAGE_KEY)).toBe(old);
    storage.data.set(LEGACY_STORAGE_KEY, JSON.stringify({ version: 2, exercises: {}, lessons: {} }));
    store.getState().load();
    expect(store.getState().progress.exercises['cj-definitie']).toMatchObject({ counted: 1 });
  });

  test('corrupt storage loads as empty progress with one Dutch notice, and is cleaned so it is told once', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"version":1,"exercises":{"a":' });
    const first = createProgressStore({ storage, now: NOW });
    first.getState().load();
    expect(first.getState().notice).toContain('beschadigd');
    expect(first.getState().progress.exercises).toEqual({});
    const second = createProgressStore({ storage, now: NOW });
    second.getState().load();
    expect(second.getState().notice).toBeNull();
  });

  test('a full storage keeps the progress in memory and says so', () => {
    const storage = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = createProgressStore({ storage, now: NOW });
    store.getState().load();
    store.getState().record('a', 1);
    expect(store.getState().progress.exercises.a?.best).toBe(1);
    expect(store.getState().notice).toContain('kon niet worden opgeslagen');
  });

  test('import refuses a file that is not progress, and merges one that is', () => {
    const store = createProgressStore({ storage: memoryStorage(), now: NOW });
    store.getState().load();
    expect(store.getState().importText('{"naam":"Sanne"}')).toEqual({
      ok: false,
      message: expect.stringContaining('geen voortgang van Klantreis'),
    });
    expect(store.getState().importText('kapot').ok).toBe(false);
    const other = createProgressStore({ storage: memoryStorage(), now: NOW });
    other.getState().load();
    other.getState().record('b2b-dmu', 0.5);
    // A glossary flashcard travels along, but is not counted as an exercise.
    other.getState().record('begrip-dmu-uitleg', 1);
    expect(store.getState().importText(other.getState().exportText())).toEqual({
      ok: true,
      message: 'Voortgang toegevoegd: 1 oefening.',
    });
    expect(store.getState().progress.exercises['b2b-dmu']?.best).toBe(0.5);
    expect(store.getState().progress.exercises['begrip-dmu-uitleg']?.card).toBeDefined();
  });

  test('a self-checked open answer gets no review card, so nothing is due that Oefenen never offers', () => {
    const store = createProgressStore({ storage: memoryStorage(), now: NOW });
    store.getState().load();
    store.getState().record('cj-open', 0.5, 30, { schedule: false });
    store.getState().record('b2b-dmu', 0.5, 30);
    expect(store.getState().progress.exercises['cj-open']).toMatchObject({ attempts: 1, counted: 0.5 });
    expect(store.getState().progress.exercises['cj-open']?.card).toBeUndefined();
    expect(store.getState().progress.exercises['b2b-dmu']?.card).toBeDefined();
  });
});

describe('browser state in the store', () => {
  test('a learner id is made once, kept versioned, and the same for the next page', () => {
    const storage = memoryStorage();
    const first = createProgressStore({ storage, now: NOW, newId: () => 'a1b2c3d4e5f6' });
    expect(first.getState().learner).toBeNull();
    first.getState().load();
    expect(first.getState().learner).toBe('a1b2c3d4e5f6');
    expect(JSON.parse(storage.data.get('klantreis.leerling')!)).toEqual({ version: 1, id: 'a1b2c3d4e5f6' });
    const second = createProgressStore({ storage, now: NOW, newId: () => 'ffffffffffff' });
    second.getState().load();
    expect(second.getState().learner).toBe('a1b2c3d4e5f6');
  });

  test('an old plain-text learner id is kept and saved in the new format; a corrupt one is replaced', () => {
    const storage = memoryStorage({ 'klantreis.leerling': '0a1b2c3d4e5f60718293a4b5' });
    const store = createProgressStore({ storage, now: NOW, newId: () => 'nieuw-id-123' });
    store.getState().load();
    expect(store.getState().learner).toBe('0a1b2c3d4e5f60718293a4b5');
    expect(JSON.parse(storage.data.get('klantreis.leerling')!)).toEqual({ version: 1, id: '0a1b2c3d4e5f60718293a4b5' });
    storage.data.set('klantreis.leerling', '{"version":1,"id":"<b>"}');
    const next = createProgressStore({ storage, now: NOW, newId: () => 'nieuw-id-123' });
    next.getState().load();
    expect(next.getState().learner).toBe('nieuw-id-123');
  });

  test('slots go to localStorage or sessionStorage; corrupt ones read as empty and are removed', () => {
    const storage = memoryStorage();
    const session = memoryStorage();
    const store = createProgressStore({ storage, session, now: NOW });
    store.getState().writeSlot('finalTest', { responses: { tf: { value: true } } });
    store.getState().writeSlot('handIn', { id: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b' }, 'K7M2PQ.1');
    expect(storage.data.get('klantreis.eindtoets')).toBe('{"version":1,"responses":{"tf":{"value":true}}}');
    expect(session.data.has('klantreis.inlevering.K7M2PQ.1')).toBe(true);
    expect(storage.data.has('klantreis.inlevering.K7M2PQ.1')).toBe(false);
    expect(store.getState().readSlot('handIn', 'K7M2PQ.1')).toEqual({ id: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b' });
    expect(store.getState().readSlot('handIn', 'K7M2PQ.2')).toBeNull();

    storage.data.set('klantreis.proeftoets', '{"seed":"abc","lessons":');
    expect(store.getState().readSlot('practiceExam')).toBeNull();
    expect(storage.data.has('klantreis.proeftoets')).toBe(false);
    store.getState().clearSlot('finalTest');
    expect(storage.data.has('klantreis.eindtoets')).toBe(false);
  });

  test('blocked or full storage: slots read as empty and writing fails quietly', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = createProgressStore({ storage: broken, session: broken, now: NOW, newId: () => 'alleen-nu-1' });
    store.getState().load();
    expect(store.getState().learner).toBe('alleen-nu-1');
    expect(() => store.getState().writeSlot('finalTest', { responses: {} })).not.toThrow();
    expect(store.getState().readSlot('finalTest')).toBeNull();
    expect(() => store.getState().clearSlot('handedIn')).not.toThrow();
  });
});

describe('progress in the pages', () => {
  const lessons = [
    {
      slug: 'b2b-en-b2c',
      title: 'B2B en B2C',
      order: 2,
      exerciseIds: ['tf', 'b2b-dmu'],
      goals: [
        { text: 'Je legt uit wat een DMU is.', exerciseIds: ['b2b-dmu'] },
        { text: 'Je kent de verschillen.', exerciseIds: ['tf'] },
      ],
    },
  ];

  test('checking an exercise in a lesson counts as an attempt', async () => {
    localStorage.clear();
    const exercise = makeTrueFalse();
    render(
      <ProgressProvider>
        <PracticeExercise exercise={exercise} prompt="Vraag" explanation="Uitleg" statement={exercise.statement} />
        <ProgressOverview lessons={lessons} />
      </ProgressProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Niet waar' }));
    await user.click(screen.getByRole('button', { name: 'Controleer' }));
    const row = await screen.findByRole('row', { name: /Les 2/ });
    expect(within(row).getByText('Bezig')).toBeInTheDocument();
    expect(within(row).getByText(/1 van 2, score 50%/)).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).exercises.tf.attempts).toBe(1);
    // Per learning goal: the goal of the exercise done is mastered, the other not started.
    expect(screen.getByText('Je kent de verschillen.', { exact: false }).closest('li')).toHaveTextContent('Beheerst');
    expect(screen.getByText('Je legt uit wat een DMU is.', { exact: false }).closest('li')).toHaveTextContent('Niet gestart');
    // The rule says what counts now: not the best score, but the first attempt and later reviews.
    expect(screen.getByText(/Zo bepalen we de stand/)).toHaveTextContent(
      'Je eerste poging telt, en later een herhaling in Oefenen.',
    );
    expect(screen.getByText(/Zo bepalen we de stand/)).not.toHaveTextContent('beste scores');
    // A count of one takes the singular (was "1 van 1 oefeningen gedaan").
    expect(screen.getByText('Je kent de verschillen.', { exact: false }).closest('li')).toHaveTextContent(
      '(1 van 1 oefening gedaan)',
    );
  });

  test('a retry right after the marks is saved but does not count for mastery (issue 14, item 2)', async () => {
    localStorage.clear();
    const exercise = makeTrueFalse();
    render(
      <ProgressProvider>
        <PracticeExercise exercise={exercise} prompt="Vraag" explanation="Uitleg" statement={exercise.statement} />
        <ProgressOverview lessons={lessons} />
      </ProgressProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Waar' }));
    await user.click(screen.getByRole('button', { name: 'Controleer' }));
    await user.click(await screen.findByRole('button', { name: 'Opnieuw' }));
    await user.click(screen.getByRole('radio', { name: 'Niet waar' }));
    await user.click(screen.getByRole('button', { name: 'Controleer' }));
    expect(await screen.findByText('Goed!')).toBeInTheDocument();
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!).exercises.tf;
    expect(saved).toMatchObject({ attempts: 2, best: 1, last: 1, counted: 0 });
    // The retry left the schedule as the first check set it: one review, not two.
    expect(saved.card.reps).toBe(1);
    // Clicking through does not master the goal: the first attempt was wrong.
    expect(screen.getByText('Je kent de verschillen.', { exact: false }).closest('li')).not.toHaveTextContent('Beheerst');
  });

  test('the store records a retry without counting it', () => {
    const store = createProgressStore({ storage: memoryStorage(), now: NOW });
    store.getState().load();
    store.getState().record('a', 0, 4);
    store.getState().record('a', 1, 9, { retry: true });
    expect(store.getState().progress.exercises.a).toMatchObject({ attempts: 2, best: 1, counted: 0 });
  });

  test('Wis voortgang asks first, and only then clears', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        exercises: { tf: { attempts: 1, best: 1, last: 1, lastAt: NOW().toISOString() } },
        lessons: {},
      }),
    );
    render(
      <ProgressProvider>
        <ProgressOverview lessons={lessons} />
      </ProgressProvider>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Wis voortgang' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Weet je het zeker?');
    await user.click(screen.getByRole('button', { name: 'Nee, bewaren' }));
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).exercises.tf).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Wis voortgang' }));
    await user.click(screen.getByRole('button', { name: 'Ja, wis alles' }));
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).exercises).toEqual({});
    expect(screen.getByRole('status')).toHaveTextContent('Je voortgang is gewist.');
  });

  test('a wrong import file gets a clear Dutch message and changes nothing', async () => {
    localStorage.clear();
    render(
      <ProgressProvider>
        <ProgressOverview lessons={lessons} />
      </ProgressProvider>,
    );
    const user = userEvent.setup({ applyAccept: false });
    const input = await screen.findByLabelText('Kies een voortgangsbestand');
    await user.upload(input, new File(['{"boodschappen":["melk"]}'], 'lijst.json', { type: 'application/json' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Dit bestand is geen voortgang van Klantreis. Er is niets veranderd.',
    );
  });

  test('corrupt saved progress shows the notice once, and the page still works', async () => {
    localStorage.setItem(STORAGE_KEY, '[1,2');
    render(
      <ProgressProvider>
        <ProgressNotice />
        <ProgressOverview lessons={lessons} />
      </ProgressProvider>,
    );
    expect(await screen.findByText(/Een deel van je opgeslagen voortgang was beschadigd/)).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Les 2/ })).toHaveTextContent('Niet gestart');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Oké' }));
    expect(screen.queryByText(/beschadigd/)).not.toBeInTheDocument();
  });
});
