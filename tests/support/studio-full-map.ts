import { MAP_LIMITS, SEVEN_C, type NoteLane, type StudioMap } from '@/lib/studio/map';
import * as ops from '@/lib/studio/ops';

// A FULL studio map, the size the issue measures: 5 phases, all 6 lanes, 60 journey notes (12 per
// phase: 3 actions, 3 touchpoints with channel and kind, 2 thoughts, 2 pain points, 2 opportunities),
// every emotion scored, a moment of truth, the persona filled in and 2 notes in each empathy box.
// `long` fills every text to its limit: the largest such a map can get.

const PHASES = ['Bewustwording', 'Oriëntatie', 'Keuze', 'Gebruik', 'Heroriëntatie'];
const PER_PHASE: [NoteLane, number][] = [
  ['actions', 3],
  ['touchpoints', 3],
  ['thoughts', 2],
  ['pains', 2],
  ['opportunities', 2],
];
const SAMPLE = 'Ze vergelijkt drie modellen op de site en leest de reviews over het bereik van de accu in de winter.';
/** Different sentences, so the JSON compresses as a real map would, not as one text repeated. */
const SENTENCES = [
  'Sem ziet een filmpje van een vriend over de nieuwe telefoon.',
  'Hij zoekt op een vergelijkingssite naar prijzen en de accuduur.',
  'In de winkel houdt hij het toestel vast en vraagt naar de camera.',
  'De webshop belooft levering morgen, maar het pakket komt pas na drie dagen.',
  'Het overzetten van zijn foto’s lukt pas na een chat met de klantenservice.',
  'Na een maand krijgt hij een mail met tips en korting op een hoesje.',
  'Twijfelt of de duurdere versie het extra geld waard is.',
  'Voelt zich opgelucht als de telefoon het goed doet.',
  'Stuur een bericht zodra het pakket vertraging heeft.',
  'Laat in de app zien hoe je je oude toestel inruilt.',
  'Geef punten voor een review die je later kunt gebruiken.',
  'De chat is ’s avonds dicht, terwijl hij dan tijd heeft.',
];

const fill = (text: string, length: number) => text.repeat(Math.ceil(length / text.length)).slice(0, length);

export function fullMap({ long = false, id = 'volle-kaart' }: { long?: boolean; id?: string } = {}): StudioMap {
  const sentence = (i: number) => SENTENCES[i % SENTENCES.length]!;
  const note = (i: number) =>
    long ? fill(`${sentence(i)} ${sentence(i * 5 + 1)} ${sentence(i * 7 + 2)} `, MAP_LIMITS.noteText) : sentence(i);
  let map = ops.emptyMap({
    id,
    title: 'Volle kaart: Sem koopt een telefoon',
    parts: 'all',
    template: 'compleet',
    phases: PHASES,
    now: new Date('2026-11-24T09:00:00Z'),
  });
  let n = 0;
  map.journey.phases.forEach((phase, index) => {
    for (const [lane, count] of PER_PHASE) {
      for (let i = 0; i < count; i++) {
        n++;
        const details =
          lane === 'touchpoints'
            ? {
                channel: long ? fill('Instagram ', MAP_LIMITS.shortText) : 'Instagram',
                place: 'online' as const,
                media: 'paid' as const,
              }
            : {};
        map = ops.addNote(map, { phase: phase.id, lane, text: note(n), ...details }, `n${n}`);
      }
    }
    map = ops.setEmotion(map, phase.id, [-1, 0, 2, -2, 1][index]!);
  });
  map = ops.setMomentOfTruth(map, 'n4');
  const personaText = (length: number) => (long ? fill(`${SAMPLE} `, length) : SAMPLE);
  map = ops.setPersona(map, 'name', long ? fill('Sem ', MAP_LIMITS.shortText) : 'Sem');
  map = ops.setPersona(map, 'ageOrRole', long ? fill('17 jaar ', MAP_LIMITS.shortText) : '17 jaar, student');
  map = ops.setPersona(map, 'quote', personaText(MAP_LIMITS.personaField));
  for (const key of SEVEN_C) map = ops.setPersona(map, key, personaText(MAP_LIMITS.personaField));
  for (const box of ['does', 'feels', 'wants', 'influencedBy', 'problems'] as const) {
    for (let i = 0; i < 2; i++) map = ops.addEmpathyNote(map, box, note(++n), `e${n}`);
  }
  return map;
}
