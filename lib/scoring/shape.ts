import { TYPES } from './registry';
import { matchesShape } from './response-shape';
import type { ExerciseType } from './schema';

/**
 * Whether a saved value has the shape of a response to this type, so a component can start from it:
 * the shape the server checks a sent response against. (Scoring never needs this: it reads any value.
 * This guards component state restored from storage.)
 */
export function hasResponseShape(type: ExerciseType, value: unknown): boolean {
  return Object.hasOwn(TYPES, type) && matchesShape<unknown>(TYPES[type].response, value);
}
