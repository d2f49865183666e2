import { ltiDeepLinkChoice } from '@/lib/server/lti-routes.server';

export const dynamic = 'force-dynamic';

/** The teacher's choice on /docent/lms/koppelen, sent back to the LMS (LTI Deep Linking). */
export const POST = ltiDeepLinkChoice;
