import { ltiLaunch } from '@/lib/server/lti-routes.server';

export const dynamic = 'force-dynamic';

/** The LTI 1.3 launch: the LMS form-posts a signed id_token (lib/server/lti-routes.server.ts). */
export const POST = ltiLaunch;
