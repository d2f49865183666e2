import type { StudioMap } from '@/lib/studio/map';

/** A small map: three phases, one note, nothing else filled in. */
export function smallMap(overrides: Partial<StudioMap> = {}): StudioMap {
  return {
    format: 1,
    id: 'kaart-1',
    title: 'Mijn telefoon',
    parts: 'all',
    template: 'alles',
    updatedAt: '2026-11-23T12:00:00.000Z',
    persona: {
      name: '',
      ageOrRole: '',
      quote: '',
      sevenC: {
        coreValues: '',
        categoryNeeds: '',
        categoryBehaviour: '',
        customerJourney: '',
        communication: '',
        companyValue: '',
        character: '',
      },
    },
    empathy: { does: [], feels: [], wants: [], influencedBy: [], problems: [] },
    journey: {
      phases: [
        { id: 'p1', name: 'Oriëntatie', emotion: null },
        { id: 'p2', name: 'Keuze', emotion: null },
        { id: 'p3', name: 'Aankoop', emotion: null },
      ],
      notes: [{ id: 'n1', phase: 'p1', lane: 'actions', text: 'Zoekt reviews' }],
      hiddenLanes: [],
      momentOfTruth: null,
    },
    ...overrides,
  };
}
