// TEMPORARY local types until lib/studio/checklist.ts and lib/content/studio.server.ts of the
// model helper are merged; then these re-export theirs.
import type { EmpathyBox, Lane, SevenC, StudioMap } from '@/lib/studio/map';

/** A check of a template's checklist (content). */
export type Checklist = ReadonlyArray<{ id: string; label: string }>;

/** The result of one check: a hint, not a grade. */
export type CheckResult = { id: string; label: string; done: boolean; detail?: string };

/** The short hints under the fields, from the lessons. */
export type TemplateHints = {
  sevenC?: Partial<Record<SevenC, string>>;
  empathy?: Partial<Record<EmpathyBox, string>>;
  lanes?: Partial<Record<Lane, string>>;
};

export function runChecklist(_map: StudioMap, _checklist: Checklist): CheckResult[] {
  return [];
}
