import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { MAP_ASSIGNMENT, ASSIGNMENT_KINDS } from '@/lib/assignments/map-limits';
import { MAP_LIMITS } from '@/lib/studio/map';
import { studioMap } from '../../support/studio-map';

const sql = readFileSync(path.join(import.meta.dirname, '../../../lib/db/migrations/0006_studio.sql'), 'utf8');
const bound = (column: string) =>
  [...sql.matchAll(new RegExp(`CHECK \\(octet_length\\(${column}::text\\) <= (\\d+)\\)`, 'g'))].map((match) => Number(match[1]));

test('the database bounds a stored map, the settings and the small jsonb values with the TypeScript numbers', () => {
  expect(bound('map')).toEqual([MAP_ASSIGNMENT.storedMapBytes, MAP_ASSIGNMENT.storedMapBytes]);
  expect(MAP_ASSIGNMENT.storedMapBytes).toBe(2 * MAP_LIMITS.bytes);
  expect(bound('studio')).toEqual([MAP_ASSIGNMENT.storedSettingsBytes]);
  expect(MAP_ASSIGNMENT.storedSettingsBytes).toBeGreaterThanOrEqual(
    MAP_ASSIGNMENT.storedMapBytes + 4 * MAP_ASSIGNMENT.brief + 60_000,
  );
  expect(bound('members')).toEqual([MAP_ASSIGNMENT.storedSmallBytes]);
  expect(bound('levels')).toEqual([MAP_ASSIGNMENT.storedSmallBytes]);
  expect(sql).toContain(`CHECK (char_length(feedback) <= ${MAP_ASSIGNMENT.feedback})`);
  expect(sql).toContain(`CHECK (kind IN (${ASSIGNMENT_KINDS.map((kind) => `'${kind}'`).join(', ')}))`);
});

test('a full map (5 phases, 6 lanes, 60 notes) is far below the limit', () => {
  const bytes = Buffer.byteLength(JSON.stringify(studioMap({ notes: 60 })));
  expect(bytes).toBeLessThan(MAP_LIMITS.bytes / 3);
});
