// What an LTI 1.3 launch says, read from a verified id_token's payload (IMS LTI 1.3 Core,
// Assignment and Grade Services 2.0). Pure: the signature, issuer, audience and times are checked
// by jose before this runs (lib/lti/launch.server.ts); this checks the LTI claims themselves and
// turns them into what Klantreis needs. Every refusal is a Dutch message and a short code for the log.

import { isRecord, stringsOf } from '../util/records';
import { acceptableUrl } from './registration';

export const CLAIM = {
  messageType: 'https://purl.imsglobal.org/spec/lti/claim/message_type',
  version: 'https://purl.imsglobal.org/spec/lti/claim/version',
  deploymentId: 'https://purl.imsglobal.org/spec/lti/claim/deployment_id',
  targetLinkUri: 'https://purl.imsglobal.org/spec/lti/claim/target_link_uri',
  resourceLink: 'https://purl.imsglobal.org/spec/lti/claim/resource_link',
  roles: 'https://purl.imsglobal.org/spec/lti/claim/roles',
  context: 'https://purl.imsglobal.org/spec/lti/claim/context',
  custom: 'https://purl.imsglobal.org/spec/lti/claim/custom',
  ags: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
  deepLinkingSettings: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
  deepLinkingData: 'https://purl.imsglobal.org/spec/lti-dl/claim/data',
  contentItems: 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items',
  namesRoles: 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice',
} as const;

export const AGS_SCORE_SCOPE = 'https://purl.imsglobal.org/spec/lti-ags/scope/score';
export const NRPS_SCOPE = 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';
export const SCORE_CONTENT_TYPE = 'application/vnd.ims.lis.v1.score+json';

/** Who the launch is for, in Klantreis's terms. */
export type LaunchRole = 'teacher' | 'student';

export type Launch = {
  /** The user's id on the platform (never shown, never logged). */
  sub: string;
  /** The name to show the teacher; the LMS's, or a stand-in when the platform sends none. */
  name: string;
  role: LaunchRole;
  deploymentId: string;
  resourceLinkId: string;
  contextId: string | null;
  /** The assignment code the link points at (custom parameter `opdracht`, or a target link /opdracht/CODE). */
  assignmentCode: string | null;
  /** The gradebook column scores go to, when the platform offers AGS with the score scope. */
  lineItem: string | null;
  /** The course's roster (Names and Role Provisioning 2.0), when the platform offers it. */
  membershipsUrl: string | null;
  /** A Deep Linking request (a teacher adds content): where the choice goes back to. */
  deepLink: { returnUrl: string; data: string | null } | null;
};

export type Refused = { ok: false; code: string; error: string };
const refuse = (code: string, error: string): Refused => ({ ok: false, code, error });

const object = (value: unknown): Record<string, unknown> | null => (isRecord(value) ? value : null);
const text = (value: unknown, max = 1000): string | null =>
  typeof value === 'string' && value.length > 0 && value.length <= max ? value : null;
/** A name to show: without control and format characters (no bidi tricks), trimmed; null when empty. */
const shown = (value: unknown, max: number): string | null => {
  const cleaned = text(value, max)
    ?.replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim();
  return cleaned ? cleaned : null;
};

// Roles are URIs (LIS vocabulary); LTI 1.1-style short names still come from some platforms. A
// Mentor (a parent or observer in Canvas) is neither.
const TEACHER_ROLES = new Set(['Instructor', 'ContentDeveloper', 'Administrator', 'TeachingAssistant']);

/**
 * A teacher when a role names teaching or administration; a student when a role is Learner; else
 * none. The roles in this course (membership) count when there are any: a student who teaches
 * elsewhere in the school (an institution role) is a student here.
 */
export function roleOf(roles: readonly unknown[]): LaunchRole | null {
  const given = stringsOf(roles);
  const membership = given.filter((role) => role.includes('/membership'));
  const names = (membership.length > 0 ? membership : given).map((role) => role.split(/[#/]/).pop()!);
  if (names.some((name) => TEACHER_ROLES.has(name))) return 'teacher';
  if (names.includes('Learner') || names.includes('Student')) return 'student';
  return null;
}

/** The assignment code in a link: the custom parameter `opdracht`, or a target link ending in /opdracht/CODE. */
function assignmentCodeOf(custom: Record<string, unknown> | null, targetLinkUri: string | null): string | null {
  const fromCustom = text(custom?.opdracht, 20);
  if (fromCustom) return fromCustom;
  const match = targetLinkUri ? /\/opdracht\/([A-Za-z0-9-]{4,20})\/?$/.exec(targetLinkUri.split(/[?#]/)[0]!) : null;
  return match?.[1] ?? null;
}

/**
 * Reads a launch whose token is verified (a resource link, or a teacher's Deep Linking request): checks
 * the message type, the version, the deployment (one the admin registered), the resource link or the
 * deep linking settings, and the roles.
 */
export function readLaunch(
  payload: Record<string, unknown>,
  platform: { deploymentIds: readonly string[]; clientId: string },
): { ok: true; launch: Launch } | Refused {
  // With several audiences the token must name us as its authorized party (OIDC Core 3.1.3.7).
  const aud = payload.aud;
  if (Array.isArray(aud) && aud.length > 1 && payload.azp !== platform.clientId)
    return refuse('azp', 'Deze inlog is niet voor Klantreis bedoeld (azp klopt niet).');
  if (payload.azp !== undefined && payload.azp !== platform.clientId)
    return refuse('azp', 'Deze inlog is niet voor Klantreis bedoeld (azp klopt niet).');
  const messageType = payload[CLAIM.messageType];
  if (messageType !== 'LtiResourceLinkRequest' && messageType !== 'LtiDeepLinkingRequest')
    return refuse('message-type', 'Dit soort LTI-bericht kent Klantreis niet. Voeg Klantreis toe als externe tool (LTI 1.3).');
  if (payload[CLAIM.version] !== '1.3.0')
    return refuse('version', 'Klantreis werkt met LTI versie 1.3.0; dit LMS stuurde een andere versie.');
  const deploymentId = text(payload[CLAIM.deploymentId], 255);
  if (!deploymentId || !platform.deploymentIds.includes(deploymentId))
    return refuse(
      'deployment',
      'Deze koppeling (deployment) is niet bij Klantreis aangemeld. Vraag de beheerder om het deployment-id toe te voegen op /docent/beheer.',
    );
  const sub = text(payload.sub, 255);
  if (!sub) return refuse('sub', 'Het LMS stuurde geen gebruiker mee. Open Klantreis opnieuw vanuit je cursus.');
  let deepLink: Launch['deepLink'] = null;
  let resourceLinkId = '';
  if (messageType === 'LtiDeepLinkingRequest') {
    const settings = object(payload[CLAIM.deepLinkingSettings]);
    const returnUrl = text(settings?.deep_link_return_url, 2000);
    const types = Array.isArray(settings?.accept_types) ? settings.accept_types : [];
    if (!returnUrl || !/^https?:\/\//.test(returnUrl))
      return refuse('deep-linking-settings', 'Het LMS stuurde niet mee waar de gekozen inhoud heen moet.');
    if (!types.includes('ltiResourceLink'))
      return refuse(
        'deep-linking-types',
        'Dit LMS vraagt om een soort inhoud die Klantreis niet levert (alleen LTI-activiteiten).',
      );
    deepLink = { returnUrl, data: text(settings?.data, 4000) };
  } else {
    const resourceLink = object(payload[CLAIM.resourceLink]);
    resourceLinkId = text(resourceLink?.id, 255) ?? '';
    if (!resourceLinkId) return refuse('resource-link', 'Het LMS stuurde niet mee welke activiteit je opende.');
  }
  const roles = payload[CLAIM.roles];
  if (!Array.isArray(roles)) return refuse('roles', 'Het LMS stuurde geen rol mee (docent of student).');
  const role = roleOf(roles);
  if (!role)
    return refuse('role', 'Klantreis is er voor docenten en studenten; met jouw rol in deze cursus kun je het niet openen.');
  if (deepLink && role !== 'teacher')
    return refuse('deep-linking-role', 'Alleen een docent kan inhoud van Klantreis aan een cursus toevoegen.');
  const ags = object(payload[CLAIM.ags]);
  const scopes = Array.isArray(ags?.scope) ? ags.scope : [];
  // Scores are posted there with the platform's token: only to an address an LMS may have.
  const givenLineItem = scopes.includes(AGS_SCORE_SCOPE) ? text(ags?.lineitem) : null;
  const lineItem = givenLineItem && acceptableUrl(givenLineItem) ? givenLineItem : null;
  const name = nameOf(payload, sub);
  return {
    ok: true,
    launch: {
      sub,
      name,
      role,
      deploymentId,
      resourceLinkId,
      contextId: text(object(payload[CLAIM.context])?.id, 255),
      assignmentCode: assignmentCodeOf(object(payload[CLAIM.custom]), text(payload[CLAIM.targetLinkUri])),
      lineItem,
      membershipsUrl: membershipsUrlOf(object(payload[CLAIM.namesRoles])),
      deepLink,
    },
  };
}

/** The name an LMS gives a person (a launch's claims, or a roster's member), or a stand-in from their id. */
export function nameOf(person: Record<string, unknown>, id: string): string {
  return (
    shown(person.name, 200) ??
    ([shown(person.given_name, 100), shown(person.family_name, 100)].filter(Boolean).join(' ') || `Student ${id.slice(-4)}`)
  );
}

/** The roster address of an NRPS claim (version 2.0, an address an LMS may have), or null. */
function membershipsUrlOf(claim: Record<string, unknown> | null): string | null {
  const url = text(claim?.context_memberships_url);
  const versions = Array.isArray(claim?.service_versions) ? claim.service_versions : [];
  return url && versions.includes('2.0') && acceptableUrl(url) ? url : null;
}

/** The AGS score body for a student's best result (Assignment and Grade Services 2.0, "Score publish service"). */
export function scoreBody(input: {
  userId: string;
  points: number;
  maxPoints: number;
  timestamp: Date;
  /** A map waits for the teacher's grade: PendingManual until it is given. */
  pendingManual?: boolean;
}): Record<string, unknown> {
  return {
    userId: input.userId,
    ...(input.pendingManual
      ? {}
      : { scoreGiven: Math.max(0, Math.min(input.points, input.maxPoints)), scoreMaximum: input.maxPoints }),
    activityProgress: input.pendingManual ? 'Submitted' : 'Completed',
    gradingProgress: input.pendingManual ? 'PendingManual' : 'FullyGraded',
    timestamp: input.timestamp.toISOString(),
  };
}

/** How long a failed score post waits before its next try: 10 s, 20 s, 40 s … at most an hour. */
export const retryDelaySeconds = (tries: number) => Math.min(3600, 5 * 2 ** Math.max(1, tries));
