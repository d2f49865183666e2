// TEMPORARY: the studio content until lib/content/studio.server.ts of the model helper is merged.
import { emptyMap } from '@/lib/studio/ops';
import type { StudioStart, StudioTemplate } from './types';

const PHASES = ['Oriëntatie', 'Overweging', 'Keuze', 'Aankoop', 'Loyaliteit'];

export function loadStudioContent(): { templates: StudioTemplate[]; starts: StudioStart[] } {
  return {
    templates: [
      {
        id: 'alles',
        title: 'Persona, empathy map en klantreis',
        description: 'Alle drie de onderdelen.',
        parts: 'all',
        phases: PHASES,
        checklist: [],
        hints: {},
      },
    ],
    starts: [
      {
        id: 'leeg',
        title: 'Leeg',
        description: 'Je begint met een lege kaart.',
        blank: true,
        map: emptyMap({ id: 'leeg', title: 'Nieuwe kaart', parts: 'all', template: 'alles', phases: PHASES, now: new Date(0) }),
      },
    ],
  };
}
