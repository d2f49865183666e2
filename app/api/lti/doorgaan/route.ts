import { ltiContinue } from '@/lib/server/lti-routes.server';

export const dynamic = 'force-dynamic';

/** A launch from the LMS's frame, continued in a window of its own (a one-time ticket). */
export const GET = ltiContinue;
