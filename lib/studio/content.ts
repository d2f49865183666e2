// The studio's content as the pages get it (content/studio, read and checked on the server by
// lib/content/studio.server.ts): templates with their checklist and hints, and starting points.
// Plain types and pure functions, so a client component can take them as props.
import type { Checklist, PersonaCheckField } from './checklist';
import { MAP_LIMITS, type EmpathyBox, type MapPart, type StudioMap } from './map';
import { cut } from './ops';
import type { Rubric } from './rubric';

/** A short hint under each field of the persona form and under each box of the empathy map. */
export type StudioHints = {
  persona: Record<PersonaCheckField, string>;
  empathy: Record<EmpathyBox, string>;
};

export type StudioTemplate = {
  id: string;
  title: string;
  description: string;
  parts: MapPart;
  /** The phases a new, empty map starts with. */
  phases: string[];
  checklist: Checklist;
  hints: StudioHints;
};

export type StudioStart = {
  id: string;
  title: string;
  description: string;
  /** True for the empty start: a new map then takes the template's phases. */
  blank: boolean;
  /** A valid map (checked with parseMap when the content is loaded). */
  map: StudioMap;
};

export type StudioContent = { templates: StudioTemplate[]; starts: StudioStart[]; rubric: Rubric };

/**
 * A new map for a student: the template's parts and checklist, filled from `start` (a copy the student
 * can change), or empty with the template's phases. The caller gives the id and the time.
 */
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
