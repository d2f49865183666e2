import { expect, test } from 'vitest';
import { toDutchCsv } from '@/lib/assignments/csv';
import { mapResultRows } from '@/lib/assignments/map-report';
import { rubric } from '../../support/studio-map';

test('the map CSV has one column per criterion, the total and the feedback, for Dutch Excel', () => {
  const when = new Date('2026-11-24T09:00:00Z');
  const csv = toDutchCsv(
    mapResultRows(
      rubric,
      [
        {
          name: 'Sanne',
          studentNumber: '00123',
          latest: {
            members: ['Sanne', 'Tim'],
            handedInAt: when,
            levels: { touchpoints: 1, loyaliteit: 1 },
            points: 5,
            maxPoints: 7,
            feedback: 'Goed; let op "fase 3".',
          },
          handIns: 2,
        },
        { name: '=Aya', studentNumber: null, latest: null, handIns: 0 },
      ],
      () => '24-11-2026 10:00',
    ),
  );
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.split('\r\n')).toEqual([
    '\uFEFFNaam;Studentnummer;Groepsleden;Ingeleverd;Keer ingeleverd;Touchpoints per fase;Loyaliteit;Totaal;Maximum;Feedback',
    'Sanne;"=""00123""";Sanne, Tim;24-11-2026 10:00;2;2;3;5;7;"Goed; let op ""fase 3""."',
    "'=Aya;;;nog niet;0;;;;;",
    '',
  ]);
});
