import { describe, expect, test } from 'vitest';
import { CLAIM, readLaunch, retryDelaySeconds, roleOf, scoreBody } from '@/lib/lti/claims';
import { acceptableUrl, PlatformFormSchema } from '@/lib/lti/registration';

const platform = { clientId: 'tool-1', deploymentIds: ['dep-1'] };
const claims = (overrides: Record<string, unknown> = {}) => ({
  iss: 'https://moodle.school.nl',
  aud: 'tool-1',
  sub: 'user-42',
  name: 'Sanne de Vries',
  [CLAIM.messageType]: 'LtiResourceLinkRequest',
  [CLAIM.version]: '1.3.0',
  [CLAIM.deploymentId]: 'dep-1',
  [CLAIM.resourceLink]: { id: 'rl-1' },
  [CLAIM.roles]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'],
  [CLAIM.custom]: { opdracht: 'B3NCH7' },
  [CLAIM.ags]: { scope: ['https://purl.imsglobal.org/spec/lti-ags/scope/score'], lineitem: 'https://moodle.school.nl/li/1' },
  ...overrides,
});

describe('readLaunch', () => {
  test('a learner launch gives the student, their assignment code and their gradebook column', () => {
    expect(readLaunch(claims(), platform)).toEqual({
      ok: true,
      launch: {
        sub: 'user-42',
        name: 'Sanne de Vries',
        role: 'student',
        deploymentId: 'dep-1',
        resourceLinkId: 'rl-1',
        contextId: null,
        assignmentCode: 'B3NCH7',
        lineItem: 'https://moodle.school.nl/li/1',
        membershipsUrl: null,
        deepLink: null,
      },
    });
  });

  const deepLinking = (
    settings: Record<string, unknown>,
    roles = ['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'],
  ) =>
    claims({
      [CLAIM.messageType]: 'LtiDeepLinkingRequest',
      [CLAIM.resourceLink]: undefined,
      [CLAIM.roles]: roles,
      [CLAIM.deepLinkingSettings]: settings,
    });

  test('a teacher adding content (Deep Linking) gives where the choice goes back to, and the data to echo', () => {
    const read = readLaunch(
      deepLinking({ deep_link_return_url: 'https://moodle.school.nl/dl/return', accept_types: ['ltiResourceLink'], data: 'abc' }),
      platform,
    );
    expect(read).toMatchObject({
      ok: true,
      launch: { role: 'teacher', resourceLinkId: '', deepLink: { returnUrl: 'https://moodle.school.nl/dl/return', data: 'abc' } },
    });
  });

  test.each([
    [
      'by a student',
      deepLinking({ deep_link_return_url: 'https://m.nl/r', accept_types: ['ltiResourceLink'] }, ['Learner']),
      'deep-linking-role',
    ],
    ['without a return address', deepLinking({ accept_types: ['ltiResourceLink'] }), 'deep-linking-settings'],
    [
      'with a return address that is not http(s)',
      deepLinking({ deep_link_return_url: 'javascript:alert(1)', accept_types: ['ltiResourceLink'] }),
      'deep-linking-settings',
    ],
    ['for files only', deepLinking({ deep_link_return_url: 'https://m.nl/r', accept_types: ['file'] }), 'deep-linking-types'],
  ])('Deep Linking %s is refused', (_name, payload, code) => {
    expect(readLaunch(payload, platform)).toMatchObject({ ok: false, code });
  });

  test('the code may come from a target link /opdracht/CODE; no score scope means no line item', () => {
    const read = readLaunch(
      claims({
        [CLAIM.custom]: undefined,
        [CLAIM.targetLinkUri]: 'https://klantreis.nl/opdracht/K7QW2M?x=1',
        [CLAIM.ags]: { scope: [] },
      }),
      platform,
    );
    expect(read).toMatchObject({ ok: true, launch: { assignmentCode: 'K7QW2M', lineItem: null } });
  });

  test('the course roster (NRPS 2.0) is read from its claim; another version or a private address is not used', () => {
    const roster = (claim: unknown) => readLaunch(claims({ [CLAIM.namesRoles]: claim }), platform);
    expect(roster({ context_memberships_url: 'https://moodle.school.nl/nrps/1', service_versions: ['2.0'] })).toMatchObject({
      launch: { membershipsUrl: 'https://moodle.school.nl/nrps/1' },
    });
    expect(roster({ context_memberships_url: 'https://moodle.school.nl/nrps/1', service_versions: ['1.0'] })).toMatchObject({
      launch: { membershipsUrl: null },
    });
    expect(roster({ context_memberships_url: 'https://10.0.0.1/nrps', service_versions: ['2.0'] })).toMatchObject({
      launch: { membershipsUrl: null },
    });
  });

  test('a line item on a private address is not used (no scores are posted there)', () => {
    const read = readLaunch(
      claims({
        [CLAIM.ags]: { scope: ['https://purl.imsglobal.org/spec/lti-ags/scope/score'], lineitem: 'https://169.254.169.254/x' },
      }),
      platform,
    );
    expect(read).toMatchObject({ ok: true, launch: { lineItem: null } });
  });

  test('control and direction characters are taken out of names', () => {
    expect(readLaunch(claims({ name: 'Sanne\u202E sevirD\u0000' }), platform)).toMatchObject({
      launch: { name: 'Sanne sevirD' },
    });
  });

  test('without a name the student is named by the end of their id; given and family name are joined', () => {
    expect(readLaunch(claims({ name: undefined }), platform)).toMatchObject({ launch: { name: 'Student r-42' } });
    expect(readLaunch(claims({ name: undefined, given_name: 'Sem', family_name: 'Bakker' }), platform)).toMatchObject({
      launch: { name: 'Sem Bakker' },
    });
  });

  test.each([
    ['another message type', { [CLAIM.messageType]: 'LtiSubmissionReviewRequest' }, 'message-type'],
    ['another version', { [CLAIM.version]: '1.1' }, 'version'],
    ['an unknown deployment', { [CLAIM.deploymentId]: 'dep-2' }, 'deployment'],
    ['no deployment', { [CLAIM.deploymentId]: undefined }, 'deployment'],
    ['no resource link', { [CLAIM.resourceLink]: undefined }, 'resource-link'],
    ['roles that are not a list', { [CLAIM.roles]: 'Learner' }, 'roles'],
    [
      'a role that is neither teacher nor student',
      { [CLAIM.roles]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Member'] },
      'role',
    ],
    ['several audiences without azp', { aud: ['tool-1', 'other'] }, 'azp'],
    ['an azp of another tool', { azp: 'other' }, 'azp'],
    ['no sub', { sub: '' }, 'sub'],
  ])('%s is refused with a Dutch message', (_name, overrides, code) => {
    const read = readLaunch(claims(overrides), platform);
    expect(read).toMatchObject({ ok: false, code });
    if (!read.ok) expect(read.error).toMatch(/[A-Z].*\./);
  });
});

describe('roleOf', () => {
  test.each([
    [['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'], 'teacher'],
    [['http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant'], 'teacher'],
    [['http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator'], 'teacher'],
    [['Learner'], 'student'],
    [
      [
        'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner',
        'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
      ],
      'teacher',
    ],
    [['http://purl.imsglobal.org/vocab/lis/v2/membership#Member'], null],
    [[42, null], null],
    [['http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor'], null],
    [
      [
        'http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor',
        'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner',
      ],
      'student',
    ],
  ])('%j is %s', (roles, role) => expect(roleOf(roles)).toBe(role));
});

describe('scoreBody', () => {
  const at = new Date('2026-11-24T10:00:00Z');
  test('a graded quiz: scoreGiven within 0..scoreMaximum, Completed and FullyGraded', () => {
    expect(scoreBody({ userId: 'u', points: 7.5, maxPoints: 10, timestamp: at })).toEqual({
      userId: 'u',
      scoreGiven: 7.5,
      scoreMaximum: 10,
      activityProgress: 'Completed',
      gradingProgress: 'FullyGraded',
      timestamp: '2026-11-24T10:00:00.000Z',
    });
    expect(scoreBody({ userId: 'u', points: 12, maxPoints: 10, timestamp: at }).scoreGiven).toBe(10);
  });
  test('a map waiting for the teacher: no score, PendingManual', () => {
    expect(scoreBody({ userId: 'u', points: 0, maxPoints: 10, timestamp: at, pendingManual: true })).toEqual({
      userId: 'u',
      activityProgress: 'Submitted',
      gradingProgress: 'PendingManual',
      timestamp: '2026-11-24T10:00:00.000Z',
    });
  });
});

test('a failed score post waits longer each time, at most an hour', () => {
  expect([1, 2, 3, 4, 20].map(retryDelaySeconds)).toEqual([10, 20, 40, 80, 3600]);
});

describe('registering a platform by hand', () => {
  const form = {
    name: 'Moodle',
    issuer: 'https://moodle.school.nl',
    clientId: 'abc',
    deploymentIds: '1, 2\n2',
    authUrl: 'https://moodle.school.nl/mod/lti/auth.php',
    tokenUrl: 'https://moodle.school.nl/mod/lti/token.php',
    jwksUrl: 'https://moodle.school.nl/mod/lti/certs.php',
  };
  test('deployment ids are split and kept once each', () => {
    expect(PlatformFormSchema.parse(form).deploymentIds).toEqual(['1', '2']);
  });
  test('a plain-http address is refused, except on this machine', () => {
    expect(PlatformFormSchema.safeParse({ ...form, jwksUrl: 'http://moodle.school.nl/certs' }).error?.issues[0]?.message).toMatch(
      /https/,
    );
    expect(acceptableUrl('http://localhost:8080/jwks')).toBe(true);
    expect(acceptableUrl('javascript:alert(1)')).toBe(false);
  });
  test('a production server fetches no local or private address for an LMS (cloud metadata, the intranet)', () => {
    for (const url of [
      'http://localhost:8080/jwks',
      'https://localhost/jwks',
      'https://127.0.0.1/x',
      'https://169.254.169.254/latest/meta-data',
      'https://10.0.0.5/lineitem',
      'https://172.20.1.1/x',
      'https://192.168.1.10/x',
      'https://[::1]/x',
      'https://[fd00::1]/x',
      'https://user:pw@moodle.school.nl/x',
    ])
      expect(acceptableUrl(url, false), url).toBe(false);
    expect(acceptableUrl('https://moodle.school.nl/mod/lti/certs.php', false)).toBe(true);
    expect(acceptableUrl('https://172.32.0.1/x', false)).toBe(true);
  });
  test('no deployment id is refused', () => {
    expect(PlatformFormSchema.safeParse({ ...form, deploymentIds: ' , ' }).error?.issues[0]?.message).toBe(
      'Vul minstens één deployment-id in.',
    );
  });
});
