import { describe, expect, test } from 'vitest';
import {
  arrowStep,
  dropIndex,
  keyboardTargets,
  moved,
  nextTarget,
  orderingKeyTarget,
  place,
  POOL,
} from '@/components/exercises/board-moves';

describe('place: an item into a zone', () => {
  test('puts an item from the pool in a group, leaving the others', () => {
    expect(place({ a: 'x' }, 'b', 'y', false)).toEqual({ a: 'x', b: 'y' });
  });

  test('moves a placed item to another group', () => {
    expect(place({ a: 'x', b: 'x' }, 'a', 'y', false)).toEqual({ a: 'y', b: 'x' });
  });

  test('a group holds many items; a matching slot holds one and sends its old item back', () => {
    expect(place({ a: 'x' }, 'b', 'x', false)).toEqual({ a: 'x', b: 'x' });
    expect(place({ a: 'x', c: 'z' }, 'b', 'x', true)).toEqual({ b: 'x', c: 'z' });
  });

  test('the pool takes an item out of the map', () => {
    expect(place({ a: 'x', b: 'y' }, 'a', POOL, false)).toEqual({ b: 'y' });
    expect(place({ a: 'x' }, 'a', POOL, true)).toEqual({});
  });

  test('never changes the placements it was given', () => {
    const before = { a: 'x', b: 'y' };
    place(before, 'a', 'y', true);
    expect(before).toEqual({ a: 'x', b: 'y' });
  });
});

describe('moved: a step to a new place in the order', () => {
  test.each([
    [['a', 'b', 'c', 'd'], 'a', 2, ['b', 'c', 'a', 'd']],
    [['a', 'b', 'c', 'd'], 'd', 0, ['d', 'a', 'b', 'c']],
    [['a', 'b', 'c', 'd'], 'b', 1, ['a', 'b', 'c', 'd']],
    [['a', 'b', 'c'], 'a', 99, ['b', 'c', 'a']],
    [['a', 'b', 'c'], 'c', -5, ['c', 'a', 'b']],
  ])('%j with %s at %s is %j', (ids, id, index, expected) => {
    expect(moved(ids, id, index)).toEqual(expected);
  });

  test('keeps every id exactly once', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    for (const id of ids) for (let index = -1; index <= ids.length; index++) expect(moved(ids, id, index).sort()).toEqual(ids);
  });
});

describe('keyboard targets on the board', () => {
  test('an item in the pool can go to every zone; a placed item also back to the pool', () => {
    expect(keyboardTargets({}, 'a', ['x', 'y'])).toEqual(['x', 'y']);
    expect(keyboardTargets({ a: 'y' }, 'a', ['x', 'y'])).toEqual([POOL, 'x', 'y']);
  });

  test('arrows step forward (down, right) and back (up, left); other keys are no step', () => {
    expect(['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'Enter', 'Home'].map(arrowStep)).toEqual([
      1,
      1,
      -1,
      -1,
      undefined,
      undefined,
    ]);
  });

  test('the first step forward chooses the first target, the first step back the last', () => {
    expect(nextTarget(['x', 'y', 'z'], null, 1)).toBe('x');
    expect(nextTarget(['x', 'y', 'z'], null, -1)).toBe('z');
  });

  test('steps wrap round at both ends', () => {
    expect(nextTarget(['x', 'y', 'z'], 'y', 1)).toBe('z');
    expect(nextTarget(['x', 'y', 'z'], 'z', 1)).toBe('x');
    expect(nextTarget(['x', 'y', 'z'], 'x', -1)).toBe('z');
  });
});

describe('keyboard and pointer in an ordered list', () => {
  test.each([
    ['ArrowUp', 1],
    ['ArrowLeft', 1],
    ['ArrowDown', 3],
    ['ArrowRight', 3],
    ['Home', 0],
    ['End', 4],
    ['Enter', undefined],
    [' ', undefined],
  ])('%j from place 2 of 5 goes to %s', (key, expected) => {
    expect(orderingKeyTarget(key, 2, 5)).toBe(expected);
  });

  test('a drop lands after every other row whose middle is above the pointer', () => {
    const rows = [
      { top: 0, height: 40 },
      { top: 40, height: 40 },
      { top: 80, height: 40 },
    ];
    expect(dropIndex(rows, 10)).toBe(0);
    expect(dropIndex(rows, 21)).toBe(1);
    expect(dropIndex(rows, 61)).toBe(2);
    expect(dropIndex(rows, 500)).toBe(3);
  });
});
