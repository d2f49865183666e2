// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { interactionOf, oneLine } from '@/lib/lms/interactions';
import {
  findApi,
  lmsOf,
  MAX_PARENTS,
  progressOf,
  Session,
  sessionTime,
  type Api12,
  type Api2004,
  type ApiWindow,
} from '@/lib/lms/runtime';
import { decodeSuspend, freshState } from '@/lib/lms/suspend';
import { score, solve, type Exercise } from '@/lib/scoring';

const common = { level: 'onthouden', topic: 'personas', prompt: 'Vraag', explanation: 'Uitleg' };
const single = {
  ...common,
  id: 'sc-1',
  type: 'single-choice',
  options: [
    { id: 'ja', text: 'Ja', correct: true },
    { id: 'nee', text: 'Nee' },
  ],
} as unknown as Exercise;
const multi = {
  ...common,
  id: 'mc 2',
  type: 'multiple-choice',
  options: [
    { id: 'a', text: 'A', correct: true },
    { id: 'b', text: 'B' },
    { id: 'c', text: 'C', correct: true },
  ],
} as unknown as Exercise;
const blanks = {
  ...common,
  id: 'fb',
  type: 'fill-blanks',
  text: 'Een [[persona]] is [[fictief|verzonnen]].',
} as unknown as Exercise;
const truth = { ...common, id: 'tf', type: 'true-false', statement: 'Waar?', answer: false } as unknown as Exercise;
const order = {
  ...common,
  id: 'ord',
  type: 'ordering',
  items: [
    { id: 'eerst', text: '1' },
    { id: 'dan', text: '2' },
    { id: 'laatst', text: '3' },
  ],
} as unknown as Exercise;
const groups = {
  ...common,
  id: 'cat',
  type: 'categorize',
  categories: [
    { id: 'b2b', label: 'B2B' },
    { id: 'b2c', label: 'B2C' },
  ],
  items: [
    { id: 'x', text: 'X', category: 'b2b' },
    { id: 'y', text: 'Y', category: 'b2c' },
  ],
} as unknown as Exercise;
const open = {
  ...common,
  id: 'open',
  type: 'open',
  modelAnswer: 'Model',
  checklist: [
    { id: 'p1', text: 'Punt 1' },
    { id: 'p2', text: 'Punt 2' },
  ],
} as unknown as Exercise;

let clock = 0;
const now = () => clock;

/** A fake LMS API that records every call and answers GetValue from `values`. */
function fakeApi(version: '1.2' | '2004', values: Record<string, string> = {}) {
  const calls: string[] = [];
  const sets: [string, string][] = [];
  const data = { ...values };
  const set = (key: string, value: string) => {
    calls.push(`set ${key}=${value}`);
    sets.push([key, value]);
    data[key] = value;
    return 'true';
  };
  const get = (key: string) => data[key] ?? '';
  const api12: Api12 = {
    LMSInitialize: () => (calls.push('init'), 'true'),
    LMSFinish: () => (calls.push('finish'), 'true'),
    LMSGetValue: get,
    LMSSetValue: set,
    LMSCommit: () => (calls.push('commit'), 'true'),
    LMSGetLastError: () => '0',
  };
  const api2004: Api2004 = {
    Initialize: () => (calls.push('init'), 'true'),
    Terminate: () => (calls.push('finish'), 'true'),
    GetValue: get,
    SetValue: set,
    Commit: () => (calls.push('commit'), 'true'),
    GetLastError: () => '0',
  };
  return { api: version === '1.2' ? api12 : api2004, calls, sets, data };
}

describe('finding the API', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  /** Nested iframes `depth` deep; returns the innermost window. */
  function nest(depth: number): Window {
    let doc = document;
    let win: Window = window;
    for (let i = 0; i < depth; i++) {
      const frame = doc.createElement('iframe');
      doc.body.append(frame);
      win = frame.contentWindow!;
      doc = frame.contentDocument!;
    }
    return win;
  }

  test('walks up the parent frames to the API of its version', () => {
    const api = { LMSInitialize: () => 'true' };
    const inner = nest(3);
    // jsdom's own window object (the test's `window` is a proxy of it).
    const top = inner.top as unknown as Record<string, unknown>;
    top.API = api;
    expect(findApi(inner as unknown as ApiWindow, '1.2')).toBe(api);
    expect(findApi(inner as unknown as ApiWindow, '2004')).toBeNull();
    const api2004 = { Initialize: () => 'true' };
    top.API_1484_11 = api2004;
    expect(findApi(inner as unknown as ApiWindow, '2004')).toBe(api2004);
    delete top.API;
    delete top.API_1484_11;
  });

  test('then the opener and its parents; stops after the limit, on a cross-origin frame, and without an LMS', () => {
    const api = {};
    const lmsTop: ApiWindow = { API: api };
    lmsTop.parent = lmsTop;
    const lmsFrame: ApiWindow = { parent: lmsTop };
    const popup: ApiWindow = { opener: lmsFrame };
    popup.parent = popup;
    popup.top = popup;
    expect(findApi(popup, '1.2')).toBe(api);

    // Too deep: the chain ends before the limit is reached.
    let deep: ApiWindow = { API: api };
    for (let i = 0; i <= MAX_PARENTS; i++) deep = { parent: deep };
    expect(findApi(deep, '1.2')).toBeNull();

    const foreign: ApiWindow = {};
    Object.defineProperty(foreign, 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(findApi({ parent: foreign }, '1.2')).toBeNull();
    expect(findApi(nest(2) as unknown as ApiWindow, '1.2')).toBeNull();
  });
});

describe('interactions', () => {
  const result = (exercise: Exercise, response: unknown) =>
    interactionOf('1.2', 0, exercise, response, score(exercise, response));

  test('each type in the 1.2 and 2004 vocabularies', () => {
    expect(result(single, { optionId: 'ja' })).toEqual({
      id: 'v1-sc-1',
      type: 'choice',
      response: 'a',
      result: 'correct',
      weighting: '1',
    });
    expect(interactionOf('1.2', 1, multi, { optionIds: ['a', 'b'] }, score(multi, { optionIds: ['a', 'b'] }))).toMatchObject({
      id: 'v2-mc-2',
      response: 'a,b',
      result: 'wrong',
    });
    const both = (exercise: Exercise, response: unknown) =>
      (['1.2', '2004'] as const).map((version) => {
        const {
          type,
          response: text,
          result: verdict,
        } = interactionOf(version, 0, exercise, response, score(exercise, response));
        return `${type} ${text} ${verdict}`;
      });
    expect(both(multi, { optionIds: ['a', 'c'] })).toEqual(['choice a,c correct', 'choice a[,]c correct']);
    expect(both(truth, { value: true })).toEqual(['true-false t wrong', 'true-false true incorrect']);
    expect(both(order, { order: ['dan', 'eerst', 'laatst'] })).toEqual([
      'sequencing b,a,c wrong',
      'sequencing b[,]a[,]c incorrect',
    ]);
    expect(both(groups, { placements: { x: 'b2b', y: 'b2c' } })).toEqual([
      'matching a.a,b.b correct',
      'matching a[.]a[,]b[.]b correct',
    ]);
    expect(both(blanks, { answers: ['persona', 'verzonnen'] })).toEqual([
      'fill-in persona,verzonnen correct',
      'fill-in persona[,]verzonnen correct',
    ]);
    expect(both(open, { text: 'Mijn\nantwoord', checked: ['p1'] })).toEqual([
      'fill-in Mijn antwoord neutral',
      'long-fill-in Mijn antwoord neutral',
    ]);
  });

  test('free text is one line, without delimiters, within 255 characters in 1.2', () => {
    expect(oneLine('{lang=en} a [,] b\n\tc')).toBe('lang=en} a b c');
    const long = 'woord, '.repeat(100);
    expect(result(blanks, { answers: [long, long] }).response.length).toBe(255);
    expect(result(open, { text: long, checked: [] }).response.length).toBe(255);
    expect(interactionOf('2004', 0, open, { text: long, checked: [] }, score(open, null)).response.length).toBe(
      long.trim().length,
    );
  });
});

describe('a session', () => {
  const items = [single, multi, blanks];

  test('1.2: after every answer the interaction, then score (min, max, raw), then status, then suspend_data and location, then commit', () => {
    const fake = fakeApi('1.2', { 'cmi.core.entry': 'ab-initio', 'cmi.core.lesson_mode': 'normal' });
    const session = new Session(lmsOf('1.2', fake.api), { kind: 'eindtoets', items, version: '1.2', masteryScore: 0.55, now });
    expect(fake.calls).toEqual([
      'init',
      'set cmi.core.exit=suspend',
      'set cmi.core.score.min=0',
      'set cmi.core.score.max=100',
      'set cmi.core.score.raw=0',
      'set cmi.core.lesson_status=incomplete',
      `set cmi.suspend_data=${fake.data['cmi.suspend_data']}`,
      'commit',
    ]);
    fake.calls.length = 0;
    session.record(1, { optionIds: ['a'] });
    expect(fake.calls.slice(0, 10)).toEqual([
      'set cmi.interactions.0.id=v2-mc-2',
      'set cmi.interactions.0.type=choice',
      'set cmi.interactions.0.weighting=1',
      'set cmi.interactions.0.student_response=a',
      'set cmi.interactions.0.result=wrong',
      'set cmi.core.score.min=0',
      'set cmi.core.score.max=100',
      'set cmi.core.score.raw=16.67',
      'set cmi.core.lesson_status=incomplete',
      `set cmi.suspend_data=${fake.data['cmi.suspend_data']}`,
    ]);
    expect(fake.calls.slice(10)).toEqual(['set cmi.core.lesson_location=vraag-2', 'commit']);
    // A second answer to an earlier question gets the next interaction; a changed answer keeps its own.
    session.record(0, { optionId: 'ja' });
    session.record(1, { optionIds: ['a', 'c'] });
    expect(fake.data['cmi.interactions.1.id']).toBe('v1-sc-1');
    expect(fake.data['cmi.interactions.0.result']).toBe('correct');
    session.record(2, { answers: ['persona', 'fictief'] });
    expect(fake.data['cmi.core.score.raw']).toBe('100');
    expect(fake.data['cmi.core.lesson_status']).toBe('passed');
    expect(decodeSuspend(items, fake.data['cmi.suspend_data']).order).toEqual([1, 0, 2]);
    fake.calls.length = 0;
    clock += 83_450;
    session.finish(true);
    session.finish(true);
    expect(fake.calls).toEqual(['set cmi.core.session_time=0000:01:23.45', 'set cmi.core.exit=', 'commit', 'finish']);
  });

  test('2004: score.scaled, completion_status and success_status separately; a partial quiz fails below mastery', () => {
    const fake = fakeApi('2004', { 'cmi.entry': 'ab-initio' });
    const session = new Session(lmsOf('2004', fake.api), { kind: 'opdracht', items, version: '2004', masteryScore: 0.55, now });
    session.record(0, { optionId: 'nee' });
    const order = fake.sets.map(([key]) => key);
    expect(order.indexOf('cmi.score.raw')).toBeLessThan(order.indexOf('cmi.completion_status'));
    expect(order.indexOf('cmi.score.scaled')).toBeLessThan(order.indexOf('cmi.success_status'));
    expect(fake.data).toMatchObject({
      'cmi.interactions.0.learner_response': 'b',
      'cmi.interactions.0.result': 'incorrect',
      'cmi.score.raw': '0',
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
      'cmi.location': 'vraag-1',
    });
    session.record(1, { optionIds: ['a', 'c'] });
    session.handIn();
    expect(fake.data).toMatchObject({
      'cmi.score.raw': '33.33',
      'cmi.score.scaled': '0.3333',
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'failed',
    });
    session.finish(true);
    expect(fake.data['cmi.exit']).toBe('normal');
    expect(fake.data['cmi.session_time']).toMatch(/^PT0H0M0S$/);
  });

  test('the LMS mastery score wins; resume restores; a missing lesson_mode is normal; browse and review store no grade', () => {
    const saved = fakeApi('1.2');
    const first = new Session(lmsOf('1.2', saved.api), { kind: 'eindtoets', items, version: '1.2', masteryScore: 0.55, now });
    first.record(0, { optionId: 'ja' });
    first.finish();
    expect(saved.data['cmi.core.exit']).toBe('suspend');

    const again = fakeApi('1.2', {
      'cmi.core.entry': 'resume',
      'cmi.suspend_data': saved.data['cmi.suspend_data']!,
      'cmi.interactions._count': '1',
      'cmi.student_data.mastery_score': '80',
    });
    const resumed = new Session(lmsOf('1.2', again.api), { kind: 'eindtoets', items, version: '1.2', masteryScore: 0.55, now });
    expect(resumed.mode).toBe('normal');
    expect(resumed.mastery).toBe(0.8);
    expect(resumed.state.answers).toEqual([{ optionId: 'ja' }, null, null]);
    resumed.record(2, solve(blanks));
    expect(again.data['cmi.interactions.1.id']).toBe('v3-fb');
    resumed.record(1, { optionIds: ['a'] });
    expect(again.data['cmi.core.score.raw']).toBe('83.33');
    expect(again.data['cmi.core.lesson_status']).toBe('passed');
    // Not resumed (entry ab-initio): a fresh start whatever the LMS still holds.
    const restart = fakeApi('1.2', { 'cmi.core.entry': 'ab-initio', 'cmi.suspend_data': saved.data['cmi.suspend_data']! });
    expect(new Session(lmsOf('1.2', restart.api), { kind: 'les', items, version: '1.2', masteryScore: null, now }).state).toEqual(
      freshState(3),
    );

    for (const mode of ['browse', 'review']) {
      const look = fakeApi('2004', { 'cmi.mode': mode, 'cmi.suspend_data': saved.data['cmi.suspend_data']! });
      const session = new Session(lmsOf('2004', look.api), {
        kind: 'eindtoets',
        items,
        version: '2004',
        masteryScore: 0.55,
        now,
      });
      expect(session.mode).toBe(mode);
      session.record(1, { optionIds: ['a'] });
      session.handIn();
      session.finish(true);
      expect(look.sets, mode).toEqual([]);
      expect(look.calls).toEqual(['init', 'finish']);
    }
  });

  test('on start the status is set at once: a lesson just read is incomplete (not "not attempted"), one without exercises completed', () => {
    const read = fakeApi('1.2');
    new Session(lmsOf('1.2', read.api), { kind: 'les', items, version: '1.2', masteryScore: null, now }).finish();
    expect(read.data).toMatchObject({
      'cmi.core.score.raw': '0',
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.exit': 'suspend',
    });
    const empty = fakeApi('2004');
    new Session(lmsOf('2004', empty.api), { kind: 'les', items: [], version: '2004', masteryScore: null, now });
    expect(empty.data).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'unknown' });
    expect(empty.calls.at(-1)).toBe('commit');
  });

  test('without an LMS nothing is stored, and answers still count on the page', () => {
    const session = new Session(null, { kind: 'les', items, version: '1.2', masteryScore: null, now });
    expect(session.stored).toBe(false);
    expect(session.connection).toBe('none');
    // An API that will not start (a second LMSInitialize, a broken LMS): not stored either, and said so.
    const refusing = { ...fakeApi('1.2').api, LMSInitialize: () => 'false' } as Api12;
    const failed = new Session(lmsOf('1.2', refusing), { kind: 'les', items, version: '1.2', masteryScore: null, now });
    expect([failed.stored, failed.connection, failed.writes]).toEqual([false, 'failed', false]);
    items.forEach((exercise, index) => session.record(index, solve(exercise)));
    expect(session.progress()).toMatchObject({ raw: 100, completion: 'completed', status12: 'completed', success: 'unknown' });
    session.finish();
  });

  test('progress: lesson completed only when every exercise is checked; 55 % passes a 55 % mark', () => {
    const quiz = [single, truth, order, groups].map((exercise) => ({ ...exercise, points: 1 }) as Exercise);
    const some = { done: false, answers: [solve(single), null, null, null], order: [] };
    expect(progressOf('les', quiz, some, 0.55)).toMatchObject({ raw: 25, completion: 'incomplete', status12: 'incomplete' });
    expect(progressOf('eindtoets', quiz, { ...some, done: true }, 0.25)).toMatchObject({ status12: 'passed', success: 'passed' });
    expect(progressOf('eindtoets', quiz, { ...some, done: true }, 0.26)).toMatchObject({ status12: 'failed', success: 'failed' });
    expect(sessionTime('1.2', 3_723_456)).toBe('0001:02:03.46');
    expect(sessionTime('2004', 3_723_456)).toBe('PT1H2M3.46S');
  });
});
