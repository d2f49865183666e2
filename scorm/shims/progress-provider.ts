// The player's stand-in for components/progress/progress-provider (aliased in scripts/build-player.mjs):
// a package keeps no progress in the browser (the LMS keeps it), so there is no store, as on a
// page without one. Keeps zod and the progress store out of the package.
import type { ProgressStatus } from '@/components/progress/progress-provider';

export const useProgressStatus = (): ProgressStatus => 'absent';
export const useProgress = <T>(_selector: unknown, fallback: T): T => fallback;
export const useProgressStore = (): null => null;
