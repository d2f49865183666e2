// The SCORM runtime of a package, without the DOM: finding the LMS's API object, starting a session
// (entry, mode, saved data), and after every answer writing the interaction, then the score, then
// the status, then suspend_data and the location, then Commit. Finishing, once. Pure apart from the
// API object it is handed (tests pass a recording fake, the player the LMS's).
import { score, type Exercise } from '../scoring';
import { interactionOf } from './interactions';
import { DEFAULT_MASTERY, SUSPEND_DATA_MAX, type PackageKind, type ScormVersion } from './package';
import { decodeSuspend, encodeSuspend, freshState, type SuspendState } from './suspend';

/** SCORM 1.2's API object (window.API). */
export type Api12 = {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
};
/** SCORM 2004's API object (window.API_1484_11). */
export type Api2004 = {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
};

/** The API's property name on the LMS's window, per version. */
export const API_NAME = { '1.2': 'API', '2004': 'API_1484_11' } as const;

/** A window as far as finding the API needs it (fake windows in tests). */
export type ApiWindow = { parent?: ApiWindow | null; opener?: ApiWindow | null; top?: ApiWindow | null } & Record<
  string,
  unknown
>;

/** How many parents to climb, as ADL's sample finder does (an LMS nests a few frames at most). */
export const MAX_PARENTS = 10;

/** The API on `win` itself, or null; a cross-origin window throws on access, which counts as none. */
function apiOn(win: ApiWindow, name: string): unknown {
  try {
    const api = win[name];
    return api && typeof api === 'object' ? api : null;
  } catch {
    return null;
  }
}

/** `win`, then its parents (at most MAX_PARENTS up), the first that has the API. */
function climb(start: ApiWindow | null | undefined, name: string): unknown {
  let win = start;
  for (let level = 0; win && level <= MAX_PARENTS; level++) {
    const api = apiOn(win, name);
    if (api) return api;
    let parent: ApiWindow | null | undefined;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/**
 * Finds the LMS's API the standard way: this window and its parents, then the opener and its
 * parents (an LMS that opens the package in a new window), then the top window's opener.
 */
export function findApi(win: ApiWindow, version: '1.2'): Api12 | null;
export function findApi(win: ApiWindow, version: '2004'): Api2004 | null;
export function findApi(win: ApiWindow, version: ScormVersion): Api12 | Api2004 | null;
export function findApi(win: ApiWindow, version: ScormVersion): Api12 | Api2004 | null {
  const name = API_NAME[version];
  const read = (get: () => ApiWindow | null | undefined) => {
    try {
      return get();
    } catch {
      return null;
    }
  };
  const found =
    climb(win, name) ??
    climb(
      read(() => win.opener),
      name,
    ) ??
    climb(
      read(() => read(() => win.top)?.opener),
      name,
    ) ??
    null;
  return found as Api12 | Api2004 | null;
}

/** One version's API behind the same small face, with the data model's names per version. */
export type Lms = {
  version: ScormVersion;
  initialize(): boolean;
  get(element: Element): string;
  set(element: Element, value: string): boolean;
  setRaw(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
};

type Element =
  | 'entry'
  | 'mode'
  | 'suspend'
  | 'location'
  | 'mastery'
  | 'scoreMin'
  | 'scoreMax'
  | 'scoreRaw'
  | 'exit'
  | 'sessionTime'
  | 'interactionCount';

const ELEMENTS: Record<ScormVersion, Record<Element, string>> = {
  '1.2': {
    entry: 'cmi.core.entry',
    mode: 'cmi.core.lesson_mode',
    suspend: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    mastery: 'cmi.student_data.mastery_score',
    scoreMin: 'cmi.core.score.min',
    scoreMax: 'cmi.core.score.max',
    scoreRaw: 'cmi.core.score.raw',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    interactionCount: 'cmi.interactions._count',
  },
  '2004': {
    entry: 'cmi.entry',
    mode: 'cmi.mode',
    suspend: 'cmi.suspend_data',
    location: 'cmi.location',
    mastery: 'cmi.scaled_passing_score',
    scoreMin: 'cmi.score.min',
    scoreMax: 'cmi.score.max',
    scoreRaw: 'cmi.score.raw',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    interactionCount: 'cmi.interactions._count',
  },
};

const ok = (result: unknown) => String(result) === 'true';

/** Wraps an API object found by findApi. Nothing it calls may throw into the player. */
export function lmsOf(version: ScormVersion, api: Api12 | Api2004): Lms {
  const names = ELEMENTS[version];
  const call = <T>(run: () => T, fallback: T): T => {
    try {
      return run();
    } catch {
      return fallback;
    }
  };
  if (version === '1.2') {
    const a = api as Api12;
    return {
      version,
      initialize: () => call(() => ok(a.LMSInitialize('')), false),
      get: (element) => call(() => String(a.LMSGetValue(names[element]) ?? ''), ''),
      set: (element, value) => call(() => ok(a.LMSSetValue(names[element], value)), false),
      setRaw: (element, value) => call(() => ok(a.LMSSetValue(element, value)), false),
      commit: () => call(() => ok(a.LMSCommit('')), false),
      finish: () => call(() => ok(a.LMSFinish('')), false),
    };
  }
  const a = api as Api2004;
  return {
    version,
    initialize: () => call(() => ok(a.Initialize('')), false),
    get: (element) => call(() => String(a.GetValue(names[element]) ?? ''), ''),
    set: (element, value) => call(() => ok(a.SetValue(names[element], value)), false),
    setRaw: (element, value) => call(() => ok(a.SetValue(element, value)), false),
    commit: () => call(() => ok(a.Commit('')), false),
    finish: () => call(() => ok(a.Terminate('')), false),
  };
}

/** The score and status of a package's answers. */
export type Progress = {
  /** Percentage 0–100, two decimals at most. */
  raw: number;
  points: number;
  maxPoints: number;
  answered: number;
  completion: 'completed' | 'incomplete';
  success: 'passed' | 'failed' | 'unknown';
  /** SCORM 1.2's single cmi.core.lesson_status. */
  status12: 'passed' | 'failed' | 'completed' | 'incomplete';
};

const isQuiz = (kind: PackageKind) => kind !== 'les';

/**
 * Score and status: a quiz is passed or failed against `mastery` once every question is answered or
 * it is handed in (else incomplete); a lesson is completed once every exercise is checked.
 */
export function progressOf(kind: PackageKind, items: readonly Exercise[], state: SuspendState, mastery: number): Progress {
  let [points, maxPoints, answered] = [0, 0, 0];
  items.forEach((exercise, index) => {
    const answer = state.answers[index] ?? null;
    const result = score(exercise, answer);
    maxPoints += result.maxPoints;
    if (answer !== null) {
      answered++;
      points += result.points;
    }
  });
  const raw = maxPoints > 0 ? Math.round((points / maxPoints) * 10000) / 100 : 0;
  const finished = answered === items.length || (isQuiz(kind) && state.done);
  const completion = finished ? 'completed' : 'incomplete';
  // Rounded like the raw score, so 55 % passes a 55 % mark whatever the float error.
  const success = !isQuiz(kind) || !finished ? 'unknown' : raw + 1e-9 >= Math.round(mastery * 10000) / 100 ? 'passed' : 'failed';
  const status12 = success === 'unknown' ? completion : success;
  return { raw, points, maxPoints, answered, completion, success, status12 };
}

/** SCORM 1.2's session time (HHHH:MM:SS.SS) and 2004's (PT#H#M#S), from milliseconds. */
export function sessionTime(version: ScormVersion, ms: number): string {
  const total = Math.max(0, Math.round(ms / 10)) / 100;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = Math.round((total % 60) * 100) / 100;
  if (version === '2004') return `PT${hours}H${minutes}M${seconds}S`;
  const two = (value: number) => String(value).padStart(2, '0');
  const [whole, hundredths = '0'] = seconds.toFixed(2).split('.');
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(Number(whole))}.${hundredths}`;
}

export type Mode = 'normal' | 'browse' | 'review';
/** No API found; found, but LMSInitialize/Initialize failed; or a running session. */
export type Connection = 'none' | 'failed' | 'ok';

export type SessionOptions = {
  kind: PackageKind;
  items: readonly Exercise[];
  version: ScormVersion;
  /** The package's pass mark (quiz); the LMS's own mastery score wins when it sets one. */
  masteryScore: number | null;
  /** The clock, in milliseconds (for the session time): the player passes Date.now. */
  now: () => number;
};

/**
 * A running package: with an LMS (`lms`) or without (null: a practice page that stores nothing).
 * `record` is called after every answer that counts; `finish` once, by Afronden or on leaving.
 */
export class Session {
  readonly stored: boolean;
  readonly connection: Connection;
  readonly mode: Mode;
  readonly mastery: number;
  state: SuspendState;
  private finished = false;
  private readonly started: number;
  private readonly now: () => number;

  constructor(
    private readonly lms: Lms | null,
    private readonly options: SessionOptions,
  ) {
    this.now = options.now;
    this.started = this.now();
    const { items, version } = options;
    const initialized = lms?.initialize() ?? false;
    this.stored = initialized;
    this.connection = !lms ? 'none' : initialized ? 'ok' : 'failed';
    const live = initialized ? lms : null;
    const modeValue = live?.get('mode') ?? '';
    // A missing lesson_mode (or cmi.mode) counts as normal.
    this.mode = modeValue === 'browse' || modeValue === 'review' ? modeValue : 'normal';
    const lmsMastery = Number.parseFloat(live?.get('mastery') ?? '');
    const fromLms = Number.isFinite(lmsMastery) ? (version === '1.2' ? lmsMastery / 100 : lmsMastery) : null;
    this.mastery = fromLms !== null && fromLms >= 0 && fromLms <= 1 ? fromLms : (options.masteryScore ?? DEFAULT_MASTERY);
    const entry = live?.get('entry') ?? '';
    const resume = entry === 'resume' || (this.mode !== 'normal' && entry !== 'ab-initio');
    this.state = live && resume ? decodeSuspend(items, live.get('suspend')) : freshState(items.length);
    // The LMS must have kept the interactions the saved order names; if not, they are made anew.
    if (live && this.state.order.length > 0) {
      const count = Number.parseInt(live.get('interactionCount'), 10);
      if (!(count >= this.state.order.length)) this.state = { ...this.state, order: [] };
    }
    if (this.writes) {
      live!.set('exit', 'suspend');
      // The status at once: a lesson that is only read is incomplete, not "not attempted"; a lesson
      // without exercises is completed. (Score first, as after every answer.)
      this.writeResult();
      live!.commit();
    }
  }

  /** Whether answers are written to the LMS (a session in normal mode): browse and review store no grade. */
  get writes(): boolean {
    return this.stored && this.mode === 'normal' && !this.finished;
  }

  get location(): string {
    return this.stored && this.lms ? this.lms.get('location') : '';
  }

  progress(): Progress {
    return progressOf(this.options.kind, this.options.items, this.state, this.mastery);
  }

  /**
   * Question `index` now has `response` (null: no answer): keeps it, and in normal mode writes its
   * interaction, the score, the status, suspend_data and the location, then commits.
   */
  record(index: number, response: unknown, location = `vraag-${index + 1}`): void {
    const answers = [...this.state.answers];
    answers[index] = response;
    this.state = { ...this.state, answers };
    if (!this.writes || !this.lms) return;
    const lms = this.lms;
    const exercise = this.options.items[index]!;
    if (response !== null) {
      let n = this.state.order.indexOf(index);
      if (n < 0) {
        n = this.state.order.length;
        this.state = { ...this.state, order: [...this.state.order, index] };
      }
      const interaction = interactionOf(this.options.version, index, exercise, response, score(exercise, response));
      const prefix = `cmi.interactions.${n}.`;
      lms.setRaw(`${prefix}id`, interaction.id);
      lms.setRaw(`${prefix}type`, interaction.type);
      lms.setRaw(`${prefix}weighting`, interaction.weighting);
      if (interaction.response !== '') {
        lms.setRaw(`${prefix}${this.options.version === '1.2' ? 'student_response' : 'learner_response'}`, interaction.response);
      }
      lms.setRaw(`${prefix}result`, interaction.result);
    }
    this.writeResult();
    lms.set('location', location.slice(0, 255));
    lms.commit();
  }

  /** The score (min, max, raw; 2004 also scaled), then the status, then suspend_data. */
  private writeResult(): void {
    const lms = this.lms!;
    const progress = this.progress();
    lms.set('scoreMin', '0');
    lms.set('scoreMax', '100');
    lms.set('scoreRaw', String(progress.raw));
    if (this.options.version === '2004') {
      lms.setRaw('cmi.score.scaled', String(Math.round(progress.raw * 100) / 10000));
      lms.setRaw('cmi.completion_status', progress.completion);
      lms.setRaw('cmi.success_status', progress.success);
    } else {
      lms.setRaw('cmi.core.lesson_status', progress.status12);
    }
    lms.set('suspend', encodeSuspend(this.options.items, this.state, SUSPEND_DATA_MAX));
  }

  /** A quiz is handed in: writes the final status (passed or failed, unanswered questions count as wrong). */
  handIn(): void {
    this.state = { ...this.state, done: true };
    if (!this.writes || !this.lms) return;
    this.writeResult();
    this.lms.commit();
  }

  /**
   * Ends the session once: the session time and the exit, a last commit, then LMSFinish/Terminate.
   * `completed`: Afronden of a handed-in quiz (a normal exit); else the LMS keeps the data to resume.
   */
  finish(completed = false): void {
    if (this.finished) return;
    if (this.writes && this.lms) {
      const time = sessionTime(this.options.version, this.now() - this.started);
      this.lms.set('sessionTime', time);
      this.lms.set('exit', completed ? (this.options.version === '1.2' ? '' : 'normal') : 'suspend');
      this.lms.commit();
    }
    this.finished = true;
    if (this.stored && this.lms) this.lms.finish();
  }

  get isFinished(): boolean {
    return this.finished;
  }
}
