import { createStore } from 'zustand/vanilla';
import {
  emptyProgress,
  markRead,
  mergeProgress,
  parseProgressText,
  recordAttempt,
  recordExam,
  visitLesson,
  type ExamRecord,
  type Progress,
} from '@/lib/progress';

export const STORAGE_KEY = 'klantreis.voortgang';

export type ProgressStoreState = {
  progress: Progress;
  /** False until the saved progress has been read (after hydration): views show no numbers before. */
  loaded: boolean;
  /** A Dutch message for the student, shown once (corrupt data, storage full). */
  notice: string | null;
  load: () => void;
  record: (exerciseId: string, fraction: number, response: unknown, seconds?: number) => void;
  visit: (slug: string) => void;
  finishExam: (exam: ExamRecord) => void;
  setRead: (slug: string, read: boolean) => void;
  clear: () => void;
  importText: (text: string) => { ok: boolean; message: string };
  exportText: () => string;
  dismissNotice: () => void;
};

type Options = { storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null; now: () => Date };

const CORRUPT =
  'Een deel van je opgeslagen voortgang was beschadigd of hoort niet bij deze cursus. Wat wel klopte, staat er nog; de rest is weggehaald.';

/** One store per browser tab (created by the provider, never at module level, so no state leaks between server renders). */
export function createProgressStore({ storage, now }: Options) {
  return createStore<ProgressStoreState>()((set, get) => {
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

    function read() {
      try {
        return parseProgressText(storage?.getItem(STORAGE_KEY) ?? null);
      } catch {
        return { progress: emptyProgress(), dropped: false };
      }
    }

    return {
      progress: emptyProgress(),
      loaded: false,
      notice: null,
      load() {
        const { progress, dropped } = read();
        set({ progress, loaded: true });
        // Save the cleaned version, so the notice is shown once, not on every page.
        if (dropped) {
          save(progress);
          set({ notice: CORRUPT });
        }
      },
      record(exerciseId, fraction, response, seconds) {
        save(recordAttempt(get().progress, exerciseId, fraction, response, now(), seconds));
      },
      finishExam(exam) {
        save(recordExam(get().progress, exam));
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
        const count = Object.keys(progress.exercises).length;
        save(mergeProgress(get().progress, progress));
        const skipped = dropped ? ' Een paar onderdelen klopten niet; die zijn overgeslagen.' : '';
        return { ok: true, message: `Voortgang toegevoegd: ${count} ${count === 1 ? 'oefening' : 'oefeningen'}.${skipped}` };
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
