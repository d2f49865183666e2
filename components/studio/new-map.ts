// TEMPORARY: stands in for newMapFrom of lib/studio/content.ts (model helper) until it is merged.
import { MAP_LIMITS, type StudioMap } from '@/lib/studio/map';
import { cut } from '@/lib/studio/ops';
import type { StudioStart, StudioTemplate } from './types';

export function newMapFrom(
  template: StudioTemplate,
  start: StudioStart,
  { id, now, title }: { id: string; now: Date; title?: string },
): StudioMap {
  const base: StudioMap = start.blank
    ? {
        ...start.map,
        journey: {
          ...start.map.journey,
          phases: template.phases.map((name, index) => ({ id: `f${index + 1}`, name, emotion: null })),
        },
      }
    : structuredClone(start.map);
  return {
    ...base,
    id,
    title: cut(title ?? (start.blank ? template.title : start.map.title), MAP_LIMITS.title),
    parts: template.parts,
    template: template.id,
    updatedAt: now.toISOString(),
  };
}
