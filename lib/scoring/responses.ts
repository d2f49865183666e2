import { z } from 'zod';
import { definitionOf, type ExerciseResponse } from './index';
import { ID_MAX, MAP_MAX, type Shape } from './response-shape';
import type { Exercise } from './schema';

// Servers reject a malformed request (400) instead of scoring it 0. Each type writes its response shape
// once (its definition's `response`); here it becomes a zod schema for the message, and in the browser
// lib/scoring/shape.ts checks saved answers against the same shape. Server-only: this pulls in zod.

const id = z.string().min(1).max(ID_MAX);

/** The zod schema of a response shape. */
export function responseSchema(shape: Shape): z.ZodType {
  if (shape === 'id') return id;
  if (shape === 'boolean') return z.boolean();
  if (shape === 'idMap') return z.record(id, id).refine((map) => Object.keys(map).length <= MAP_MAX, 'te veel antwoorden');
  if (typeof shape === 'number') return z.string().max(shape);
  if (Array.isArray(shape)) {
    const [of, max] = shape as readonly [Shape, number];
    return z.array(responseSchema(of)).max(max);
  }
  const fields = shape as { readonly [field: string]: Shape };
  return z.strictObject(Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, responseSchema(field)])));
}

const schemas = new Map<Shape, z.ZodType>();
const schemaOf = (shape: Shape) => schemas.get(shape) ?? schemas.set(shape, responseSchema(shape)).get(shape)!;

/** The outcome of reading a response: the typed response, or a Dutch message saying what is wrong. */
export type ParsedResponse = { ok: true; response: ExerciseResponse } | { ok: false; error: string };

/** Validates the shape of a response for an exercise (ids are checked by scoring, not here). */
export function parseResponse(exercise: Exercise, value: unknown): ParsedResponse {
  const definition = definitionOf(exercise);
  if (!definition) return { ok: false, error: `Onbekend type oefening: ${String((exercise as { type: unknown }).type)}` };
  const result = schemaOf(definition.response).safeParse(value);
  if (result.success) return { ok: true, response: result.data as ExerciseResponse };
  const issue = result.error.issues[0];
  const where = issue?.path.length ? ` (bij ${issue.path.join('.')})` : '';
  return { ok: false, error: `Het antwoord heeft niet de juiste vorm${where}.` };
}
