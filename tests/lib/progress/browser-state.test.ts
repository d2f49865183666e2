import { describe, expect, test } from 'vitest';
import { parseSlot, slotKey, slotText } from '@/lib/progress/browser-state';

const exam = {
  seed: '0a1b2c3d4e5f6a7b',
  lessons: ['personas'],
  length: 10,
  deadline: null,
  responses: { 'p-wat-is': { optionId: 'a' } },
};

describe('browser state slots', () => {
  test('a value is saved with its version and read back as it was', () => {
    const text = slotText('practiceExam', exam);
    expect(JSON.parse(text)).toEqual({ version: 1, ...exam });
    expect(parseSlot('practiceExam', text)).toEqual({ value: exam, rewrite: false });
    expect(parseSlot('learner', slotText('learner', { id: 'a1b2c3d4e5f6' }))).toEqual({
      value: { id: 'a1b2c3d4e5f6' },
      rewrite: false,
    });
  });

  test('nothing saved reads as empty, with nothing to clean up', () => {
    expect(parseSlot('finalTest', null)).toEqual({ value: null, rewrite: false });
  });

  test('a scope (an assignment attempt) gets its own key', () => {
    expect(slotKey('handIn', 'K7M2PQ.2')).toBe('klantreis.inlevering.K7M2PQ.2');
    expect(slotKey('learner')).toBe('klantreis.leerling');
  });

  test.each([
    ['truncated JSON', 'practiceExam', slotText('practiceExam', exam).slice(0, 30)],
    ['a list', 'finalTest', '[1,2]'],
    ['a wrong field', 'practiceExam', JSON.stringify({ version: 1, ...exam, length: 'tien' })],
    ['an extra field', 'finalTest', JSON.stringify({ version: 1, responses: {}, timer: 3 })],
    ['a bad deadline', 'practiceExam', JSON.stringify({ version: 1, ...exam, deadline: 'morgen' })],
    ['a newer version', 'finalTest', JSON.stringify({ version: 7, responses: {} })],
    ['a learner id with markup', 'learner', '<script>'],
    ['a hand-in id that is no UUID', 'handIn', JSON.stringify({ version: 1, id: 'abc' })],
    ['an unknown flag', 'handedIn', 'ja'],
  ] as const)('%s reads as empty and is cleaned up, never a crash', (_label, name, text) => {
    expect(parseSlot(name, text)).toEqual({ value: null, rewrite: true });
  });

  test('older formats are upgraded and saved again in the current one', () => {
    // Before the slots: the learner id and the hand-in id as plain text, the exam without a version, the flag "1".
    expect(parseSlot('learner', '0a1b2c3d4e5f60718293a4b5')).toEqual({
      value: { id: '0a1b2c3d4e5f60718293a4b5' },
      rewrite: true,
    });
    // An id of digits only is still text, not a number.
    expect(parseSlot('learner', '123456789012').value).toEqual({ id: '123456789012' });
    expect(parseSlot('practiceExam', JSON.stringify(exam))).toEqual({ value: exam, rewrite: true });
    const uuid = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
    expect(parseSlot('handIn', uuid)).toEqual({ value: { id: uuid }, rewrite: true });
    expect(parseSlot('handedIn', '1')).toEqual({ value: {}, rewrite: true });
  });
});
