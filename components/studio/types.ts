// TEMPORARY local types until lib/studio/checklist.ts and lib/studio/content.ts of the model helper
// are merged; then these re-export theirs.
import type { EmpathyBox, MapPart, StudioMap } from '@/lib/studio/map';
import type { PersonaField } from '@/lib/studio/ops';

/** A template's checklist (content). */
export type Checklist = unknown[];

/** The result of one check: a hint, not a grade. */
export type CheckResult = { id: string; label: string; done: boolean };

/** The short hints under the fields, from the lessons. */
export type TemplateHints = {
  persona?: Partial<Record<PersonaField, string>>;
  empathy?: Partial<Record<EmpathyBox, string>>;
};

export type StudioTemplate = {
  id: string;
  title: string;
  description: string;
  parts: MapPart;
  phases: string[];
  checklist: Checklist;
  hints: TemplateHints;
};

export type StudioStart = { id: string; title: string; description: string; blank: boolean; map: StudioMap };

export function runChecklist(_map: StudioMap, _checklist: Checklist): CheckResult[] {
  return [];
}
