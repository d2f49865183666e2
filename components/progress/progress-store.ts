import { createStore } from 'zustand/vanilla';
import { countOf } from '@/lib/format/plural';
import {
  emptyProgress,
  markRead,
  mergeProgress,
  parseProgressText,
  recordAttempt,
  recordExam,
  recordFinalTest,
  visitLesson,
  type ExamRecord,
  type FinalTestRecord,
  type LoadedProgress,
  type Progress,
  type RecordOptions,
} from '@/lib/progress';
import { parseSlot, SLOTS, slotKey, slotText, type SlotName, type SlotValue } from '@/lib/progress/browser-state';
import { FLASHCARD_PREFIX } from '@/lib/progress/due-count';
import { randomId } from './random-id';

/**
 * Where progress of format 3 and later is saved. Format 2 was saved under LEGACY_STORAGE_KEY, and a
 * tab still running the site of before reads that key, rejects format 3 (its schema is strict),
 * and would save what it could keep back over it: a student's counted scores would be lost. So the
 * new format has a key of its own; the old one is read once, to start from, and never written.
 */
export const STORAGE_KEY = 'klantreis.voortgang.v3';
export const LEGACY_STORAGE_KEY = 'klantreis.voortgang';

export type ProgressStoreState = {
  progress: Progress;
  /** False until the saved progress has been read (after hydration): views show no numbers before. */
  loaded: boolean;
  /** A Dutch message for the student, shown once (corrupt data, storage full). */
  notice: string | null;
  load: () => void;
  /** This browser's learner id (for seeded orders), known once loaded. */
  learner: string | null;
  /**
   * Records a checked attempt. `retry`: a check again in the same view (after the marks or Toon
   * antwoord), which is saved but never counts for mastery nor reschedules (docs/feedback-and-mastery.md).
   */
  record: (exerciseId: string, fraction: number, seconds?: number, options?: RecordOptions) => void;
  visit: (slug: string) => void;
  finishExam: (exam: ExamRecord) => void;
  finishFinalTest: (result: FinalTestRecord) => void;
  /** Browser state beside the progress (an exam in progress, a hand-in id…): checked when read, null when absent or unusable. */
  readSlot: <N extends SlotName>(name: N, scope?: string) => SlotValue<N> | null;
  writeSlot: <N extends SlotName>(name: N, value: SlotValue<N>, scope?: string) => void;
  clearSlot: (name: SlotName, scope?: string) => void;
  setRead: (slug: string, read: boolean) => void;
  clear: () => void;
  importText: (text: string) => { ok: boolean; message: string };
  exportText: () => string;
  dismissNotice: () => void;
};

type BrowserStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
type Options = {
  /** localStorage: the progress and the slots kept across visits. */
  storage: BrowserStorage | null;
  /** sessionStorage: the slots of this tab only. */
  session?: BrowserStorage | null;
  now: () => Date;
  /** A new learner id (random in the browser). */
  newId?: () => string;
};

const CORRUPT =
  'Een deel van je opgeslagen voortgang was beschadigd of hoort niet bij deze cursus. Wat wel klopte, staat er nog; de rest is weggehaald.';

/** One store per browser tab (created by the provider, never at module level, so no state leaks between server renders). */
export function createProgressStore({ storage, session = null, now, newId = randomId }: Options) {
  return createStore<ProgressStoreState>()((set, get) => {
    const area = (name: SlotName) => (SLOTS[name].area === 'local' ? storage : session);

    // Slots fail quietly: without storage a flow still works, it just does not survive a reload.
    function writeText(name: SlotName, scope: string | undefined, text: string | null) {
      try {
        if (text === null) area(name)?.removeItem(slotKey(name, scope));
        else area(name)?.setItem(slotKey(name, scope), text);
      } catch {
        // storage full or blocked
      }
    }

    function readSlot<N extends SlotName>(name: N, scope?: string): SlotValue<N> | null {
      let text: string | null = null;
      try {
        text = area(name)?.getItem(slotKey(name, scope)) ?? null;
      } catch {
        return null;
      }
      const { value, rewrite } = parseSlot(name, text);
      // An old format is saved again in the current one; something unusable is removed.
      if (rewrite) writeText(name, scope, value === null ? null : slotText(name, value));
      return value;
    }

    function learnerId(): string {
      const known = get().learner ?? readSlot('learner')?.id;
      if (known) return known;
      const id = newId();
      writeText('learner', undefined, slotText('learner', { id }));
      return id;
    }

    function save(progress: Progress) {
      set({ progress });
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(progress));
      } catch {
        set({
          notice:
            'Je voortgang kon niet worden opgeslagen in deze browser. Je kunt hem wel exporteren op de pagina Mijn voortgang.',
        });
      }
    }

    /** The saved progress; `legacy` when it came from the key of format 2 (and is not yet under the new key). */
    function read(): LoadedProgress & { legacy: boolean } {
      try {
        const text = storage?.getItem(STORAGE_KEY) ?? null;
        if (text !== null) return { ...parseProgressText(text), legacy: false };
        const old = storage?.getItem(LEGACY_STORAGE_KEY) ?? null;
        return { ...parseProgressText(old), legacy: old !== null };
      } catch {
        return { progress: emptyProgress(), dropped: false, legacy: false };
      }
    }

    return {
      progress: emptyProgress(),
      loaded: false,
      notice: null,
      learner: null,
      load() {
        const { progress, dropped, legacy } = read();
        // Where storage is blocked the id lasts as long as this store: the visit.
        set({ progress, loaded: true, learner: learnerId() });
        // Save the cleaned version, so the notice is shown once, not on every page; progress found
        // under the old key moves to the new one (the old key stays as it was, for old tabs).
        if (dropped || legacy) save(progress);
        if (dropped) set({ notice: CORRUPT });
      },
      record(exerciseId, fraction, seconds, options) {
        save(recordAttempt(get().progress, exerciseId, fraction, now(), seconds, options));
      },
      finishExam(exam) {
        save(recordExam(get().progress, exam));
      },
      finishFinalTest(result) {
        save(recordFinalTest(get().progress, result));
      },
      readSlot,
      writeSlot(name, value, scope) {
        writeText(name, scope, slotText(name, value));
      },
      clearSlot(name, scope) {
        writeText(name, scope, null);
      },
      visit(slug) {
        save(visitLesson(get().progress, slug, now()));
      },
      setRead(slug, isRead) {
        save(markRead(get().progress, slug, isRead, now()));
      },
      clear() {
        save(emptyProgress());
      },
      importText(text) {
        let data: unknown;
        try {
          data = JSON.parse(text);
        } catch {
          return {
            ok: false,
            message: 'Dit bestand kan niet gelezen worden. Kies een bestand dat je bij Klantreis hebt geëxporteerd.',
          };
        }
        if (typeof data !== 'object' || data === null || !('exercises' in data)) {
          return { ok: false, message: 'Dit bestand is geen voortgang van Klantreis. Er is niets veranderd.' };
        }
        const { progress, dropped } = parseProgressText(text);
        // Glossary flashcards are saved beside the exercises; the message counts exercises.
        const count = Object.keys(progress.exercises).filter((id) => !id.startsWith(FLASHCARD_PREFIX)).length;
        save(mergeProgress(get().progress, progress));
        const skipped = dropped ? ' Een paar onderdelen klopten niet; die zijn overgeslagen.' : '';
        return { ok: true, message: `Voortgang toegevoegd: ${countOf(count, 'oefening', 'oefeningen')}.${skipped}` };
      },
      exportText() {
        return JSON.stringify(get().progress, null, 2);
      },
      dismissNotice() {
        set({ notice: null });
      },
    };
  });
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

function browserStorage(area: 'localStorage' | 'sessionStorage') {
  try {
    return window[area];
  } catch {
    return null;
  }
}

/**
 * This tab's store on the browser's own storage, loaded, and reading again when another tab saves
 * (so both tabs show the same progress); `stop` ends the listening.
 */
export function openBrowserStore(): { store: ProgressStore; stop: () => void } {
  const store = createProgressStore({
    storage: browserStorage('localStorage'),
    session: browserStorage('sessionStorage'),
    now: () => new Date(),
  });
  store.getState().load();
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) store.getState().load();
  };
  window.addEventListener('storage', onStorage);
  return { store, stop: () => window.removeEventListener('storage', onStorage) };
}
