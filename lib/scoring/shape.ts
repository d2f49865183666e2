import { TYPES } from './registry';
import type { ExerciseType } from './schema';

/**
 * Whether a saved value has the shape of a response to this type, so a component can start from it:
 * the same schema the server checks a sent response with. (Scoring never needs this: it reads any
 * value. This guards component state restored from storage.)
 */
export function hasResponseShape(type: ExerciseType, value: unknown): boolean {
  return Object.hasOwn(TYPES, type) && TYPES[type].response.safeParse(value).success;
}
