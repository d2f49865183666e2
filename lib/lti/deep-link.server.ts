import 'server-only';
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Db } from '../db/client.server';
import type { DeepLink, Platform } from '../db/lti.server';
import { CLAIM } from './claims';
import { ALG, signingKey } from './keys.server';

// The answer to a Deep Linking request (LTI Deep Linking 2.0): a JWT signed with the tool's key,
// carrying the chosen content item, that the teacher's browser form-posts to the LMS. The item is an
// LtiResourceLink to our launch URL with the assignment's code as a custom parameter, and a line
// item, so the LMS makes the gradebook column at once. The score maximum is 100: students may get
// different questions (a random draw per lesson), so each score is sent with its own maximum and the
// LMS scales it to the column. The link asks to open in a new window (see docs/lti.md).

export type ContentChoice = { title: string; code: string; launchUrl: string } | null;

/** The signed LtiDeepLinkingResponse; no choice (null) tells the LMS the teacher cancelled. */
export async function deepLinkResponse(db: Db, link: DeepLink, platform: Platform, choice: ContentChoice, now = new Date()) {
  const { kid, key } = await signingKey(db);
  const seconds = Math.floor(now.getTime() / 1000);
  const items = choice
    ? [
        {
          type: 'ltiResourceLink',
          title: choice.title,
          url: choice.launchUrl,
          custom: { opdracht: choice.code },
          // A new window: in a frame of the LMS the browser would keep Klantreis's cookies from it.
          window: { targetName: '_blank' },
          lineItem: { scoreMaximum: 100, label: choice.title, resourceId: `opdracht-${choice.code}`, tag: 'klantreis' },
        },
      ]
    : [];
  return new SignJWT({
    nonce: randomUUID(),
    [CLAIM.messageType]: 'LtiDeepLinkingResponse',
    [CLAIM.version]: '1.3.0',
    [CLAIM.deploymentId]: link.deploymentId,
    ...(link.data === null ? {} : { [CLAIM.deepLinkingData]: link.data }),
    [CLAIM.contentItems]: items,
  })
    .setProtectedHeader({ alg: ALG, kid, typ: 'JWT' })
    .setIssuer(platform.clientId)
    .setAudience(platform.issuer)
    .setIssuedAt(seconds)
    .setExpirationTime(seconds + 300)
    .sign(key);
}
