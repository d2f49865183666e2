import { ltiRegister } from '@/lib/server/lti-routes.server';

export const dynamic = 'force-dynamic';

/** LTI Dynamic Registration: the LMS opens the one-time address the admin made on /docent/beheer. */
export const GET = ltiRegister;
