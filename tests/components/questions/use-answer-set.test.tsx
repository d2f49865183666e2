// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { useAnswerSet } from '@/components/questions/use-answer-set';

const IDS = ['a', 'b', 'c'];

function setUp(initial?: Record<string, unknown>, accept?: (id: string, response: unknown) => boolean) {
  const onChange = vi.fn();
  const onHandIn = vi.fn();
  const hook = renderHook(() => useAnswerSet({ ids: IDS, initial, accept, onChange, onHandIn }));
  return { ...hook, onChange, onHandIn };
}

describe('useAnswerSet', () => {
  test('restores the saved answers it accepts, for its own questions only', () => {
    const { result } = setUp(
      { a: { value: true }, b: 'kapot', x: { value: false }, c: null },
      (_id, response) => typeof response === 'object',
    );
    expect(result.current.restored).toEqual({ a: { value: true } });
    expect(result.current.responses).toEqual({ a: { value: true } });
    expect(result.current.unanswered).toBe(2);
  });

  test('a change is passed on once, with all answers and the id that changed; the same answer again is no change', () => {
    const { result, onChange } = setUp({ a: { value: true } });
    const reportB = result.current.reporters.b!;
    act(() => reportB({ optionId: 'x' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith({ a: { value: true }, b: { optionId: 'x' } }, 'b');
    // An exercise reports its restored answer when it mounts: nothing changed.
    act(() => result.current.reporters.a!({ value: true }));
    act(() => result.current.reporters.b!({ optionId: 'x' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    // The reporters stay the same between renders, so an exercise does not report again.
    expect(result.current.reporters.b).toBe(reportB);
    expect(result.current.unanswered).toBe(1);
    // Cleared (null) counts as unanswered again.
    act(() => result.current.reporters.b!(null));
    expect(onChange).toHaveBeenLastCalledWith({ a: { value: true }, b: null }, 'b');
    expect(result.current.unanswered).toBe(2);
  });

  test('handing in with open questions asks first; then hands in the latest answers', () => {
    const { result, onHandIn } = setUp();
    act(() => result.current.reporters.a!({ value: false }));
    act(() => result.current.handIn());
    expect(result.current.confirming).toBe(true);
    expect(onHandIn).not.toHaveBeenCalled();
    act(() => result.current.keepAnswering());
    expect(result.current.confirming).toBe(false);
    act(() => result.current.handIn());
    act(() => result.current.handIn());
    expect(onHandIn).toHaveBeenCalledTimes(1);
    expect(onHandIn).toHaveBeenCalledWith({ a: { value: false } });
    expect(result.current.confirming).toBe(false);
  });

  test('with every question answered, or when forced (time is up), it hands in without asking', () => {
    const { result, onHandIn } = setUp({ a: 1, b: 2, c: 3 });
    act(() => result.current.handIn());
    expect(onHandIn).toHaveBeenCalledTimes(1);
    const forced = setUp();
    act(() => forced.result.current.handIn(true));
    expect(forced.onHandIn).toHaveBeenCalledWith({});
    expect(forced.result.current.confirming).toBe(false);
  });

  test('reset starts again with nothing, not even the restored answers', () => {
    const { result, onChange } = setUp({ a: { value: true } });
    act(() => result.current.reporters.b!({ value: false }));
    act(() => result.current.reset());
    expect(result.current.responses).toEqual({});
    expect(result.current.restored).toEqual({});
    expect(result.current.unanswered).toBe(3);
    // The old answer is gone: reporting it again is a change.
    act(() => result.current.reporters.a!({ value: true }));
    expect(onChange).toHaveBeenLastCalledWith({ a: { value: true } }, 'a');
  });
});
