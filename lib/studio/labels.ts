// Dutch names for the parts of a map, as the lessons use them (lessons 4, 5 and 7).
import type { EmpathyBox, Lane, SevenC } from './map';

export const SEVEN_C_LABELS: Record<SevenC, string> = {
  coreValues: 'Core values',
  categoryNeeds: 'Category needs',
  categoryBehaviour: 'Category behaviour',
  customerJourney: 'Customer journey',
  communication: 'Communication',
  companyValue: 'Company value',
  character: 'Character',
};

export const EMPATHY_LABELS: Record<EmpathyBox, string> = {
  does: 'Doet',
  feels: 'Voelt',
  wants: 'Wil',
  influencedBy: 'Beïnvloed door',
  problems: 'Problemen',
};

export const LANE_LABELS: Record<Lane, string> = {
  actions: 'Klantacties',
  touchpoints: 'Touchpoints',
  thoughts: 'Gedachten en gevoelens',
  emotion: 'Emotiecurve',
  pains: 'Pain points',
  opportunities: 'Kansen',
};

/** One note in a lane, for messages ("Touchpoint toegevoegd"). */
export const LANE_NOTE: Record<Lane, string> = {
  actions: 'Klantactie',
  touchpoints: 'Touchpoint',
  thoughts: 'Gedachte',
  emotion: 'Emotie',
  pains: 'Pain point',
  opportunities: 'Kans',
};

export const PLACE_LABELS = { online: 'Online', offline: 'Offline' } as const;
export const MEDIA_LABELS = { paid: 'Paid (betaald)', owned: 'Owned (eigen)', earned: 'Earned (verdiend)' } as const;

/** The emotion scores, from very positive to very negative. */
export const EMOTION_LABELS: Record<string, string> = {
  '2': '+2 heel positief',
  '1': '+1 positief',
  '0': '0 neutraal',
  '-1': '−1 negatief',
  '-2': '−2 heel negatief',
};

export function emotionLabel(score: number | null): string {
  return score === null ? 'nog geen score' : (EMOTION_LABELS[String(score)] ?? String(score));
}
