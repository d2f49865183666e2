import type { Exercise } from './schema';
import { definitionOf, type ExerciseResponse } from './registry';

// Servers reject a malformed request (400) instead of scoring it 0. The schema is each type's
// `response` (zod/mini, bounded sizes); lib/scoring/shape.ts checks a saved value with the same schema.

/** The outcome of reading a response: the typed response, or a Dutch message saying what is wrong. */
export type ParsedResponse = { ok: true; response: ExerciseResponse } | { ok: false; error: string };

/** Validates the shape of a response for an exercise (ids are checked by scoring, not here). */
export function parseResponse(exercise: Exercise, value: unknown): ParsedResponse {
  const definition = definitionOf(exercise);
  if (!definition) return { ok: false, error: `Onbekend type oefening: ${String((exercise as { type: unknown }).type)}` };
  const result = definition.response.safeParse(value);
  if (result.success) return { ok: true, response: result.data };
  const issue = result.error.issues[0];
  const where = issue?.path.length ? ` (bij ${issue.path.join('.')})` : '';
  return { ok: false, error: `Het antwoord heeft niet de juiste vorm${where}.` };
}
