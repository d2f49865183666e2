import { z } from 'zod';
import type { ExerciseResponse } from './index';
import type { Exercise, ExerciseType } from './schema';

// Response schemas for servers that must reject a malformed request (400) instead of scoring it 0.
// Sizes are bounded so a hostile request cannot make the server work hard.

const id = z.string().min(1).max(100);
const idMap = z.record(id, id).refine((map) => Object.keys(map).length <= 50, 'te veel antwoorden');

const responseSchemas = {
  'single-choice': z.strictObject({ optionId: id }),
  'multiple-choice': z.strictObject({ optionIds: z.array(id).max(20) }),
  'true-false': z.strictObject({ value: z.boolean() }),
  ordering: z.strictObject({ order: z.array(id).max(20) }),
  categorize: z.strictObject({ placements: idMap }),
  matching: z.strictObject({ matches: idMap }),
  'fill-blanks': z.strictObject({ answers: z.array(z.string().max(200)).max(50) }),
  open: z.strictObject({ text: z.string().max(5000), checked: z.array(id).max(20) }),
} satisfies { [T in ExerciseType]: z.ZodType };

/** The outcome of reading a response: the typed response, or a Dutch message saying what is wrong. */
export type ParsedResponse = { ok: true; response: ExerciseResponse } | { ok: false; error: string };

/** Validates the shape of a response for an exercise (ids are checked by scoring, not here). */
export function parseResponse(exercise: Exercise, value: unknown): ParsedResponse {
  const schema = responseSchemas[exercise.type];
  if (!schema) return { ok: false, error: `Onbekend type oefening: ${String((exercise as { type: unknown }).type)}` };
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, response: result.data as ExerciseResponse };
  const issue = result.error.issues[0];
  const where = issue?.path.length ? ` (bij ${issue.path.join('.')})` : '';
  return { ok: false, error: `Het antwoord heeft niet de juiste vorm${where}.` };
}
