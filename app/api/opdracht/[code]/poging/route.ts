import { nextRoute } from '@/lib/server/route.server';
import { nextAttemptRoute } from '@/lib/server/student-routes.server';

/** Starts the student's next attempt (lib/server/student-routes.server.ts). */
export const POST = nextRoute(nextAttemptRoute);
