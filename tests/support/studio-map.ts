import type { MapSettings } from '@/lib/assignments/map-assignment';
import { EMPATHY_BOXES, MAP_FORMAT, NOTE_LANES, SEVEN_C, type StudioMap } from '@/lib/studio/map';

const PHASES = ['Oriëntatie', 'Overweging', 'Keuze', 'Aankoop', 'Na aankoop'];

/**
 * A map for tests: `notes` journey notes spread over 5 phases and the 5 note lanes (60 gives a full
 * map: 12 per phase), a persona filled in, 2 empathy notes per box, every phase scored.
 */
export function studioMap(options: { notes?: number; text?: string; title?: string } = {}): StudioMap {
  const phases = PHASES.map((name, index) => ({ id: `fase-${index + 1}`, name, emotion: (index % 5) - 2 }));
  return {
    format: MAP_FORMAT,
    id: 'kaart-1',
    title: options.title ?? 'Een telefoon online kopen',
    parts: 'all',
    template: 'klantreis',
    updatedAt: '2026-11-24T09:00:00.000Z',
    persona: {
      name: 'Sanne',
      ageOrRole: '19 jaar, student',
      quote: 'Ik wil gewoon dat het werkt.',
      sevenC: Object.fromEntries(
        SEVEN_C.map((key) => [key, `Over ${key}: een zin of twee die de persona beschrijft.`]),
      ) as StudioMap['persona']['sevenC'],
    },
    empathy: Object.fromEntries(
      EMPATHY_BOXES.map((box) => [box, [1, 2].map((n) => ({ id: `${box.toLowerCase()}-${n}`, text: `${box} ${n}` }))]),
    ) as StudioMap['empathy'],
    journey: {
      phases,
      notes: Array.from({ length: options.notes ?? 6 }, (_, index) => {
        const lane = NOTE_LANES[index % NOTE_LANES.length]!;
        return {
          id: `n-${index + 1}`,
          phase: phases[Math.floor(index / NOTE_LANES.length) % phases.length]!.id,
          lane,
          text: options.text ?? `Notitie ${index + 1}: de klant vergelijkt prijzen op een vergelijkingssite`,
          ...(lane === 'touchpoints' ? { channel: 'Website', place: 'online' as const, media: 'owned' as const } : {}),
        };
      }),
      hiddenLanes: [],
      momentOfTruth: null,
    },
  };
}

/** A rubric of two criteria (4 + 3 points). */
export const rubric: MapSettings['rubric'] = {
  title: 'Rubric',
  criteria: [
    {
      id: 'touchpoints',
      title: 'Touchpoints per fase',
      description: '3 per fase',
      levels: [
        { label: 'Onvoldoende', points: 0, description: '' },
        { label: 'Voldoende', points: 2, description: '' },
        { label: 'Goed', points: 4, description: '' },
      ],
    },
    {
      id: 'loyaliteit',
      title: 'Loyaliteit',
      description: '',
      levels: [
        { label: 'Nee', points: 0, description: '' },
        { label: 'Ja', points: 3, description: '' },
      ],
    },
  ],
};

/** A map assignment's settings for tests. */
export const settings = (overrides: Partial<MapSettings> = {}): MapSettings => ({
  parts: 'journey',
  // The checklist and hints do not matter to the database and the grading.
  template: {
    id: 'klantreis',
    title: 'Klantreiskaart',
    description: '',
    parts: 'journey',
    phases: ['Oriëntatie'],
    checklist: [],
    hints: {},
  } as unknown as MapSettings['template'],
  startId: 'leeg',
  start: studioMap({ notes: 0 }),
  brief: 'Gebruik **jezelf** als persona.',
  rubric,
  groups: false,
  ...overrides,
});
