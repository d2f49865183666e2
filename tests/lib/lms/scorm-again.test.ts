// Every exercise in the banks, answered right and with the longest answer, as an interaction that
// scorm-again's strict 2004 data model (and its 1.2 one) accepts, within the 1.2 limit of 255 characters.
import { beforeAll, describe, expect, test } from 'vitest';
// The ESM builds export the classes by name; their type declarations say default.
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import { loadCourse } from '@/lib/content/course.server';
import { loadTestBank } from '@/lib/content/toetsbank.server';
import { interactionOf } from '@/lib/lms/interactions';
import { score, solve, type Exercise } from '@/lib/scoring';
import { blanksOf } from '@/lib/scoring/fill-blanks-text';

let exercises: Exercise[];
beforeAll(async () => {
  const course = await loadCourse();
  exercises = [...course.bank.values(), ...(await loadTestBank(course)).values()];
});

const long = 'Een heel lang antwoord, met [,] en {haakjes}\nen regels. '.repeat(100);
function longest(exercise: Exercise): unknown {
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
      for (const response of [solve(exercise), longest(exercise)]) {
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
