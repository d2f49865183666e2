import { beforeAll, describe, expect, test } from 'vitest';
// The ESM builds export the classes by name; their type declarations say default.
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import { loadCourse, type Course } from '@/lib/content/course.server';
import { loadTestBank } from '@/lib/content/toetsbank.server';
import { MAX_ASSIGNMENT_EXERCISES } from '@/lib/assignments/limits';
import { interactionOf } from '@/lib/lms/interactions';
import { decodeSuspend, encodeSuspend, freshState, type SuspendState } from '@/lib/lms/suspend';
import { SUSPEND_DATA_MAX } from '@/lib/lms/package';
import { score, solve, type Exercise } from '@/lib/scoring';
import { blanksOf } from '@/lib/scoring/fill-blanks-text';

// The longest answer each type allows: every option ticked, every blank and open text at its
// maximum, made of the characters the format has to escape.
const longText = (length: number) => 'é|^\\ xy'.repeat(Math.ceil(length / 7)).slice(0, length);
function longest(exercise: Exercise): unknown {
  switch (exercise.type) {
    case 'multiple-choice':
      return { optionIds: exercise.options.map((option) => option.id) };
    case 'fill-blanks':
      return { answers: blanksOf(exercise.text).map(() => longText(200)) };
    case 'open':
      return { text: longText(5000), checked: exercise.checklist.map((point) => point.id) };
    default:
      return solve(exercise);
  }
}

const withoutText = (response: unknown): unknown => {
  if (typeof response !== 'object' || response === null) return response;
  const { text: _text, answers: _answers, ...rest } = response as Record<string, unknown>;
  return rest;
};

let course: Course;
let packages: { name: string; items: Exercise[] }[];
/** Every exercise of both banks. */
let exercises: Exercise[];

beforeAll(async () => {
  course = await loadCourse();
  const testBank = await loadTestBank(course);
  const bank = (id: string) => course.bank.get(id) ?? testBank.get(id)!;
  const all = [...course.bank.values(), ...testBank.values()];
  exercises = all;
  // The worst assignment: the 40 exercises whose longest answers take the most room.
  const heaviest = all
    .map((exercise) => ({
      exercise,
      size: encodeSuspend([exercise], { ...freshState(1), answers: [longest(exercise)] }, Infinity).length,
    }))
    .sort((a, b) => b.size - a.size)
    .slice(0, MAX_ASSIGNMENT_EXERCISES)
    .map((entry) => entry.exercise);
  packages = [
    { name: 'eindtoets', items: course.finalTest.exercises.map(bank) },
    ...course.lessons.map((lesson) => ({ name: lesson.slug, items: lesson.exerciseIds.map(bank) })),
    { name: 'zwaarste opdracht', items: heaviest },
  ];
});

describe('suspend_data', () => {
  test('the largest package with the longest answers stays within 4,096 characters; choices survive whole', () => {
    const sizes: Record<string, number> = {};
    for (const { name, items } of packages) {
      const state: SuspendState = { done: true, answers: items.map(longest), order: items.map((_, index) => index).reverse() };
      const text = encodeSuspend(items, state);
      sizes[name] = text.length;
      expect(text.length, name).toBeLessThanOrEqual(SUSPEND_DATA_MAX);
      const back = decodeSuspend(items, text);
      expect(back.done).toBe(true);
      expect(back.order).toEqual(state.order);
      items.forEach((exercise, index) => {
        expect(withoutText(back.answers[index]), `${name} ${exercise.id}`).toEqual(withoutText(state.answers[index]));
      });
    }
    console.info('suspend_data, longest answers (characters):', sizes);
  });

  test('right answers and ordinary text come back exactly, and score the same', () => {
    for (const { name, items } of packages) {
      const answers = items.map((exercise) =>
        exercise.type === 'open'
          ? { text: 'Een persona | is ^ een \\ typische klant.\nMet een tweede regel.', checked: [] }
          : solve(exercise),
      );
      const state: SuspendState = { done: false, answers, order: [2, 0, 1] };
      const text = encodeSuspend(items, state);
      expect(decodeSuspend(items, text), name).toEqual(state);
      items.forEach((exercise, index) => {
        expect(score(exercise, decodeSuspend(items, text).answers[index]).fraction).toBe(
          score(exercise, answers[index]).fraction,
        );
      });
    }
  });

  test('unanswered questions take one separator each; the Eindtoets with all answers stays small', () => {
    const { items } = packages[0]!;
    expect(encodeSuspend(items, freshState(items.length)).length).toBe(6 + items.length);
    const all = encodeSuspend(items, { done: false, answers: items.map(solve), order: [] });
    expect(all.length).toBeLessThan(400);
  });

  test('garbage, another package or another version gives a fresh start, never a crash', () => {
    const [eindtoets, lesson] = [packages[0]!.items, packages[1]!.items];
    const fresh = freshState(eindtoets.length);
    const valid = encodeSuspend(eindtoets, { done: false, answers: eindtoets.map(solve), order: [0] });
    const garbage = [
      undefined,
      null,
      42,
      '',
      'x',
      '|||',
      '{"answers":[1,2]}',
      `2${valid.slice(1)}`,
      valid.slice(0, valid.length / 2),
      `${valid}|extra`,
      valid.replace(/\|/g, ''),
      `${valid.slice(0, 5)}2${valid.slice(6)}`,
      `${valid.slice(0, 6)}zz${valid.slice(6)}`,
      '\\'.repeat(5000),
      encodeSuspend(lesson, freshState(lesson.length)),
    ];
    for (const text of garbage) expect(decodeSuspend(eindtoets, text), String(text).slice(0, 40)).toEqual(fresh);
    // A single unreadable answer is dropped; the others stay.
    const parts = valid.split('|');
    const index = eindtoets.findIndex((exercise) => exercise.type === 'single-choice');
    parts[index + 1] = 'Z';
    const back = decodeSuspend(eindtoets, parts.join('|'));
    expect(back.answers[index]).toBeNull();
    expect(back.answers.filter((answer) => answer !== null)).toHaveLength(eindtoets.length - 1);
  });
});

// The same files give the interactions' worst case: every exercise in scorm-again's strict data models.
const long = 'Een heel lang antwoord, met [,] en {haakjes}\nen regels. '.repeat(100);
function longestInteraction(exercise: Exercise): unknown {
  if (exercise.type === 'fill-blanks') return { answers: blanksOf(exercise.text).map(() => long.slice(0, 200)) };
  if (exercise.type === 'open') return { text: long, checked: exercise.checklist.map((point) => point.id) };
  if (exercise.type === 'multiple-choice') return { optionIds: exercise.options.map((option) => option.id) };
  return solve(exercise);
}

describe('interactions in scorm-again', () => {
  test.each(['1.2', '2004'] as const)('SCORM %s accepts every exercise of the banks', (version) => {
    type Api = new (settings: object) => unknown;
    const { Scorm12API } = scorm12 as unknown as { Scorm12API: Api };
    const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: Api };
    const api = version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
    const call = (name12: string, name2004: string, ...args: string[]) =>
      String((api as unknown as Record<string, (...a: string[]) => unknown>)[version === '1.2' ? name12 : name2004]!(...args));
    expect(call('LMSInitialize', 'Initialize', '')).toBe('true');
    let n = 0;
    for (const exercise of exercises) {
      for (const response of [solve(exercise), longestInteraction(exercise)]) {
        const interaction = interactionOf(version, n, exercise, response, score(exercise, response));
        if (version === '1.2' || exercise.type !== 'open') expect(interaction.response.length).toBeLessThanOrEqual(255);
        const set = (field: string, value: string) =>
          expect(
            call('LMSSetValue', 'SetValue', `cmi.interactions.${n}.${field}`, value),
            `${exercise.id} ${field}=${value} (error ${call('LMSGetLastError', 'GetLastError')})`,
          ).toBe('true');
        set('id', interaction.id);
        set('type', interaction.type);
        set('weighting', interaction.weighting);
        if (interaction.response) set(version === '1.2' ? 'student_response' : 'learner_response', interaction.response);
        set('result', interaction.result);
        n++;
      }
    }
    expect(n).toBe(exercises.length * 2);
    // The check has teeth: a 1.2 true-false answer is not a 2004 one.
    if (version === '2004') {
      call('', 'SetValue', `cmi.interactions.${n}.id`, 'proef');
      call('', 'SetValue', `cmi.interactions.${n}.type`, 'true-false');
      expect(call('', 'SetValue', `cmi.interactions.${n}.learner_response`, 't')).toBe('false');
    }
  });
});
