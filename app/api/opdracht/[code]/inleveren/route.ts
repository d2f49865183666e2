import { nextRoute } from '@/lib/server/route.server';
import { handInRoute } from '@/lib/server/student-routes.server';

/** Hands in the attempt, scored on the server (lib/server/student-routes.server.ts). */
export const POST = nextRoute(handInRoute);
