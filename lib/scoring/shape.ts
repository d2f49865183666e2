import { isRecord } from '../util/records';
import { TYPES } from './index';
import { ID_MAX, MAP_MAX, type OutputOf, type Shape } from './response-shape';
import type { ExerciseType } from './schema';

// Kept apart from response-shape.ts: only the pages that restore saved answers need the check.

const isId = (value: unknown) => typeof value === 'string' && value.length >= 1 && value.length <= ID_MAX;

function matches(shape: Shape, value: unknown): boolean {
  if (shape === 'id') return isId(value);
  if (shape === 'boolean') return typeof value === 'boolean';
  if (shape === 'idMap') {
    return (
      isRecord(value) && Object.keys(value).length <= MAP_MAX && Object.entries(value).every(([key, to]) => isId(key) && isId(to))
    );
  }
  if (typeof shape === 'number') return typeof value === 'string' && value.length <= shape;
  if (Array.isArray(shape)) {
    const [of, max] = shape as readonly [Shape, number];
    return Array.isArray(value) && value.length <= max && value.every((item) => matches(of, item));
  }
  const fields = shape as { readonly [field: string]: Shape };
  return (
    isRecord(value) &&
    Object.keys(value).every((key) => Object.hasOwn(fields, key)) &&
    Object.entries(fields).every(([key, field]) => matches(field, value[key]))
  );
}

/** Whether a value has the shape (the same rule the server's schema applies). */
export function matchesShape<S extends Shape>(shape: S, value: unknown): value is OutputOf<S> {
  return matches(shape, value);
}

/**
 * Whether a saved value has the shape of a response to this type, so a component can start from it:
 * the shape the server checks a sent response against. (Scoring never needs this: it reads any value.
 * This guards component state restored from storage.)
 */
export function hasResponseShape(type: ExerciseType, value: unknown): boolean {
  return Object.hasOwn(TYPES, type) && matches(TYPES[type].response, value);
}
