import { describe, expect, test } from 'vitest';
import { answerBankExport, type BankExportDeps } from '@/app/docent/(ingelogd)/lms/vragenbank/answer.server';
import { unzip } from '@/lib/lms/zip';
import type { Exercise } from '@/lib/scoring';

const exercise = (id: string, topic: string, extra: Partial<Exercise> = {}) =>
  ({
    id,
    type: 'true-false',
    level: 'begrijpen',
    topic,
    prompt: 'Klopt dit?',
    statement: `Stelling ${id}`,
    answer: true,
    explanation: 'Omdat.',
    ...extra,
  }) as Exercise;

function deps(loggedIn = true): BankExportDeps {
  return {
    teacher: async () => loggedIn,
    content: async () => ({
      lessons: [
        { slug: 'personas', title: "Persona's", order: 4 },
        { slug: 'b2b', title: 'B2B en B2C', order: 3 },
      ],
      banks: {
        toetsbank: [exercise('tb-a', 'personas'), exercise('tb-b', 'b2b', { level: 'toepassen' })],
        oefenbank: [exercise('oef-a', 'personas')],
      },
    }),
    now: () => new Date('2026-11-24T10:00:00Z'),
  };
}

const get = (query: string, d = deps()) => answerBankExport(new Request(`http://klantreis.nl/docent/lms/vragenbank?${query}`), d);

describe('GET /docent/lms/vragenbank', () => {
  test('without a teacher: back to the login page, nothing of the bank', async () => {
    const response = await get('format=moodle', deps(false));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/docent');
    expect(await response.text()).toBe('');
  });

  test('Moodle XML of the toetsbank by default, filtered by lesson, level and type', async () => {
    const response = await get('format=moodle&lessons=b2b&levels=toepassen&types=true-false');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="klantreis-moodle.xml"');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const xml = await response.text();
    expect(xml).toContain('<idnumber>tb-b</idnumber>');
    expect(xml).not.toContain('tb-a');
    expect(xml).toContain('Les 3: B2B en B2C');
  });

  test('a QTI zip of the oefenbank, lessons in lesson order', async () => {
    const response = await get('bank=oefenbank&format=qti');
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = await unzip(new Uint8Array(await response.arrayBuffer()));
    expect([...files.keys()]).toEqual(['imsmanifest.xml', 'klantreis-toets.xml', 'items/oef-a.xml']);
  });

  test.each([
    ['no format', 'bank=toetsbank', 'Deze keuze kan Klantreis niet maken'],
    ['an unknown bank', 'bank=geheim&format=qti', 'Deze keuze kan Klantreis niet maken'],
    ['two formats', 'format=qti&format=moodle', 'Deze keuze kan Klantreis niet maken'],
    ['an unknown level', 'format=qti&levels=alles', 'Deze keuze kan Klantreis niet maken'],
    ['an unknown parameter', 'format=qti&x=1', 'Deze keuze kan Klantreis niet maken'],
    ['too many values', `format=qti${'&types=open'.repeat(21)}`, 'Deze keuze kan Klantreis niet maken'],
    ['an unknown lesson', 'format=qti&lessons=bestaat-niet', 'Een van de gekozen lessen bestaat niet'],
    ['a choice without questions', 'format=qti&types=open', 'Er zijn geen vragen die bij je keuze passen'],
  ])('%s is a 400 in Dutch', async (_, query, message) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toContain(message);
  });
});
