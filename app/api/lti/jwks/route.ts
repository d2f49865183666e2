import { NextResponse } from 'next/server';
import { getDb } from '@/lib/db/client.server';
import { publicJwks } from '@/lib/lti/keys.server';
import { route } from '@/lib/server/route.server';

export const dynamic = 'force-dynamic';

/** The tool's public keys (the newest two), for LMS platforms that check what Klantreis signs. */
export const GET = route('GET /api/lti/jwks', async () =>
  NextResponse.json(await publicJwks(await getDb()), { headers: { 'cache-control': 'public, max-age=300' } }),
);
