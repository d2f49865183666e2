import { isRecord } from './score';
import type { ExerciseType } from './schema';

const strings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
const stringMap = (value: unknown) => isRecord(value) && Object.values(value).every((item) => typeof item === 'string');

/**
 * Whether a saved value has the shape of a response to this type, so a component can start from it.
 * (Scoring never needs this: it reads any value. This guards component state restored from storage.)
 */
export function hasResponseShape(type: ExerciseType, value: unknown): boolean {
  if (!isRecord(value)) return false;
  switch (type) {
    case 'single-choice':
      return typeof value.optionId === 'string';
    case 'multiple-choice':
      return strings(value.optionIds);
    case 'true-false':
      return typeof value.value === 'boolean';
    case 'ordering':
      return strings(value.order);
    case 'categorize':
      return stringMap(value.placements);
    case 'matching':
      return stringMap(value.matches);
    case 'fill-blanks':
      return strings(value.answers);
    case 'open':
      return typeof value.text === 'string' && strings(value.checked);
  }
}
