// The content types the studio components take as props (from the model: lib/studio).
export type { Checklist, CheckResult } from '@/lib/studio/checklist';
export type { StudioHints as TemplateHints, StudioStart, StudioTemplate } from '@/lib/studio/content';
