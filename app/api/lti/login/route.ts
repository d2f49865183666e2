import { ltiLogin } from '@/lib/server/lti-routes.server';

export const dynamic = 'force-dynamic';

/** OIDC login initiation (LTI 1.3): the LMS may send it as a GET or as a form post. */
export const GET = ltiLogin;
export const POST = ltiLogin;
