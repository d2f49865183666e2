import { nextRoute } from '@/lib/server/route.server';
import { saveRoute } from '@/lib/server/student-routes.server';

/** Saves answers as the student works (lib/server/student-routes.server.ts). */
export const PUT = nextRoute(saveRoute);
