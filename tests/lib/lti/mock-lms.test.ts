// Self-test of the mock LTI 1.3 platform (tests/support/mock-lms.ts): its endpoints, spoken to
// directly with fetch, as a tool would (launches, tokens, scores, Deep Linking, Dynamic Registration),
// and its course page with platform storage, in Chromium (playwright-core) with a fake tool in a frame.
// A throwaway tool key is served from a tiny JWKS server here.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  UnsecuredJWT,
  type CryptoKey,
  type JSONWebKeySet,
} from 'jose';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockLms, type MockLms, type MockMember, type MockUser } from '../../support/mock-lms';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/';
const AGS_ENDPOINT = 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint';
const TOOL_CONFIGURATION = 'https://purl.imsglobal.org/spec/lti-tool-configuration';
const SCOPE_SCORE = 'https://purl.imsglobal.org/spec/lti-ags/scope/score';
const SCOPE_LINEITEM = 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem';
const SCOPE_LINEITEM_READONLY = 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly';
const SCORE_TYPE = 'application/vnd.ims.lis.v1.score+json';
const NRPS_CLAIM = 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice';
const SCOPE_MEMBERSHIP = 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';
const MEMBERSHIP_TYPE = 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json';
const TOOL_LOGIN = 'http://127.0.0.1:3999/api/lti/login';
const TOOL_LAUNCH = 'http://127.0.0.1:3999/api/lti/launch';

const learner: MockUser = {
  sub: 'user-42',
  name: 'Sanne de Vries',
  givenName: 'Sanne',
  familyName: 'de Vries',
  email: 'sanne@example.nl',
  roles: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'],
};

let lms: MockLms;
let toolServer: Server;
let toolKey: CryptoKey;
let toolJwksUrl: string;
const toolKid = 'tool-key-1';

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  toolKey = pair.privateKey;
  const jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: toolKid, alg: 'RS256', use: 'sig' }] };
  toolServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks)));
  await new Promise<void>((resolve) => toolServer.listen(0, '127.0.0.1', resolve));
  toolJwksUrl = `http://127.0.0.1:${(toolServer.address() as AddressInfo).port}/jwks`;
  lms = await startMockLms({ toolLoginUrl: TOOL_LOGIN, toolLaunchUrl: TOOL_LAUNCH, toolJwksUrl });
});

afterAll(async () => {
  await lms?.close();
  toolServer?.closeAllConnections();
  await new Promise((resolve) => toolServer?.close(resolve));
});

/** A client assertion as the tool signs it (Security Framework 1.0 §4.1); `overrides` tamper with it. */
const assertion = (overrides: { audience?: string; key?: CryptoKey; jti?: string; platform?: MockLms } = {}) =>
  new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', kid: toolKid })
    .setIssuer((overrides.platform ?? lms).clientId)
    .setSubject((overrides.platform ?? lms).clientId)
    .setAudience(overrides.audience ?? (overrides.platform ?? lms).tokenUrl)
    .setIssuedAt()
    .setExpirationTime('5m')
    .setJti(overrides.jti ?? randomUUID())
    .sign(overrides.key ?? toolKey);

const requestToken = async (clientAssertion: string, scope = SCOPE_SCORE, grantType = 'client_credentials', platform = lms) => {
  const response = await fetch(platform.tokenUrl, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: grantType,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: clientAssertion,
      scope,
    }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

const accessToken = async (scope = SCOPE_SCORE) => String((await requestToken(await assertion(), scope)).body.access_token);

const validScore = () => ({
  userId: learner.sub,
  scoreGiven: 7,
  scoreMaximum: 10,
  activityProgress: 'Completed',
  gradingProgress: 'FullyGraded',
  timestamp: new Date().toISOString(),
});

const postScore = (path: string, body: unknown, headers: Record<string, string>) =>
  fetch(`${lms.url}${path}`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** The auth request a tool sends after the login initiation, built from the login URL's parameters. */
const authParams = (loginUrl: string, overrides: Record<string, string | null> = {}) => {
  const login = new URL(loginUrl).searchParams;
  const params = new URLSearchParams({
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: login.get('client_id') ?? '',
    redirect_uri: TOOL_LAUNCH,
    login_hint: login.get('login_hint') ?? '',
    lti_message_hint: login.get('lti_message_hint') ?? '',
    state: 'state-1',
    nonce: 'nonce-1',
  });
  for (const [name, value] of Object.entries(overrides)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  return params;
};

const platformKeys = async (platform = lms) => createLocalJWKSet((await (await fetch(platform.jwksUrl)).json()) as JSONWebKeySet);

describe('the mock LMS', () => {
  it('presents itself on localhost with its endpoints', () => {
    expect(lms.url).toMatch(/^http:\/\/localhost:\d+$/);
    expect(lms.issuer).toBe(lms.url);
    expect([lms.authUrl, lms.tokenUrl, lms.jwksUrl]).toEqual([`${lms.url}/auth`, `${lms.url}/token`, `${lms.url}/jwks`]);
  });

  it('serves one RS256 signing key in its JWKS, counts the requests, and after rotation only the new key', async () => {
    const before = lms.jwksRequests;
    const response = await fetch(lms.jwksUrl);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const { keys } = (await response.json()) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String) });
    expect(keys[0]).not.toHaveProperty('d');
    expect(lms.jwksRequests).toBe(before + 1);

    const oldToken = await lms.signIdToken({ sub: 'x' });
    await lms.rotateKey();
    const rotated = (await (await fetch(lms.jwksUrl)).json()) as { keys: Record<string, unknown>[] };
    expect(rotated.keys).toHaveLength(1);
    expect(rotated.keys[0]?.kid).not.toBe(keys[0]?.kid);
    await expect(jwtVerify(oldToken, createLocalJWKSet(rotated as JSONWebKeySet))).rejects.toThrow();
    await expect(
      jwtVerify(await lms.signIdToken({ sub: 'x' }), createLocalJWKSet(rotated as JSONWebKeySet)),
    ).resolves.toBeTruthy();
  });

  it('signs with a foreign key or a chosen kid for negative tests, and honours the time options', async () => {
    const keys = await platformKeys();
    await expect(jwtVerify(await lms.signIdToken({ sub: 'x' }, { foreignKey: true }), keys)).rejects.toThrow();
    const wrongKid = await lms.signIdToken({ sub: 'x' }, { kid: 'no-such-kid' });
    expect(decodeProtectedHeader(wrongKid).kid).toBe('no-such-kid');
    await expect(jwtVerify(wrongKid, keys)).rejects.toThrow();
    await expect(jwtVerify(await lms.signIdToken({ sub: 'x' }, { expiresInSeconds: -60 }), keys)).rejects.toThrow(/exp/);
    const future = await jwtVerify(await lms.signIdToken({ sub: 'x' }, { issuedAtOffsetSeconds: 600 }), keys);
    expect(future.payload.iat).toBeGreaterThan(Date.now() / 1000 + 500);
  });

  it('builds a login initiation URL to the tool with opaque hints', () => {
    const url = new URL(lms.loginUrl(learner, { id: 'link-1' }, { storageTarget: '_parent' }));
    expect(url.origin + url.pathname).toBe(TOOL_LOGIN);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      iss: lms.issuer,
      target_link_uri: TOOL_LAUNCH,
      client_id: lms.clientId,
      lti_deployment_id: lms.deploymentId,
      lti_storage_target: '_parent',
    });
    expect(url.searchParams.get('login_hint')).toBeTruthy();
    expect(url.searchParams.get('lti_message_hint')).toBeTruthy();
    expect(url.searchParams.get('login_hint')).not.toContain(learner.sub);
  });

  it('answers a valid auth request with an auto-submitting form holding a signed id_token', async () => {
    const lineItem = `${lms.url}/lineitems/7/lineitem`;
    const link = { id: 'link-1', title: 'Les 1', custom: { lesson: 'les-1' }, lineItem };
    const state = 'st"ate<&>';
    const response = await fetch(
      `${lms.authUrl}?${authParams(lms.loginUrl(learner, link, { storageTarget: '_parent' }), { state })}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain(`<form method="post" action="${TOOL_LAUNCH}">`);
    expect(html).toContain('value="st&quot;ate&lt;&amp;&gt;"');
    expect(html).toContain('<script>document.forms[0].submit()</script>');

    const form = lms.lastAuthRequest;
    expect(form?.get('state')).toBe(state);
    expect(form?.get('lti_storage_target')).toBe('_parent');
    const idToken = form?.get('id_token') ?? '';
    expect(html).toContain(`name="id_token" value="${idToken}"`);

    const { payload, protectedHeader } = await jwtVerify(idToken, await platformKeys(), {
      issuer: lms.issuer,
      audience: lms.clientId,
    });
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: expect.any(String) });
    expect(payload.exp! - payload.iat!).toBe(300);
    expect(payload).toMatchObject({
      sub: learner.sub,
      azp: lms.clientId,
      nonce: 'nonce-1',
      name: learner.name,
      given_name: 'Sanne',
      family_name: 'de Vries',
      email: learner.email,
      [`${LTI}message_type`]: 'LtiResourceLinkRequest',
      [`${LTI}version`]: '1.3.0',
      [`${LTI}deployment_id`]: lms.deploymentId,
      [`${LTI}target_link_uri`]: TOOL_LAUNCH,
      [`${LTI}resource_link`]: { id: 'link-1', title: 'Les 1' },
      [`${LTI}roles`]: learner.roles,
      [`${LTI}context`]: { id: lms.contextId, label: 'MKT1', title: 'Marketing 1' },
      [`${LTI}custom`]: { lesson: 'les-1' },
      'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint': {
        scope: [SCOPE_SCORE, SCOPE_LINEITEM_READONLY],
        lineitem: lineItem,
        lineitems: `${lms.url}/lineitems`,
      },
    });
  });

  it('accepts the auth request as a form POST too, without AGS claim for a link with no line item', async () => {
    const response = await fetch(lms.authUrl, { method: 'POST', body: authParams(lms.loginUrl(learner, { id: 'link-2' })) });
    expect(response.status).toBe(200);
    expect(lms.lastAuthRequest?.has('lti_storage_target')).toBe(false);
    const { payload } = await jwtVerify(lms.lastAuthRequest?.get('id_token') ?? '', await platformKeys());
    expect(payload).not.toHaveProperty('https://purl.imsglobal.org/spec/lti-ags/claim/endpoint');
    expect(payload).not.toHaveProperty(`${LTI}custom`);
  });

  it.each([
    ['a wrong redirect_uri', { redirect_uri: 'http://127.0.0.1:3999/elsewhere' }],
    ['a wrong client_id', { client_id: 'someone-else' }],
    ['no nonce', { nonce: null }],
    ['an unknown lti_message_hint', { lti_message_hint: 'forged' }],
    ['a login_hint of another launch', { login_hint: 'forged' }],
    ['response_mode query', { response_mode: 'query' }],
    ['prompt login', { prompt: 'login' }],
  ])('refuses an auth request with %s (400, text/plain)', async (_label, overrides) => {
    const response = await fetch(`${lms.authUrl}?${authParams(lms.loginUrl(learner, { id: 'link-1' }), overrides)}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect((await response.text()).length).toBeGreaterThan(0);
  });

  it('issues an access token for a valid client assertion, once per jti', async () => {
    const before = lms.tokensIssued;
    const signed = await assertion();
    const first = await requestToken(signed, `${SCOPE_SCORE} ${SCOPE_LINEITEM_READONLY}`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      scope: `${SCOPE_SCORE} ${SCOPE_LINEITEM_READONLY}`,
    });
    expect(first.body.access_token).toEqual(expect.any(String));
    expect(lms.tokensIssued).toBe(before + 1);

    const replay = await requestToken(signed);
    expect(replay).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect(lms.tokensIssued).toBe(before + 1);
  });

  it('refuses a client assertion for another audience, signed by an unknown key, or a wrong grant type', async () => {
    const wrongAudience = await requestToken(await assertion({ audience: 'https://elsewhere.example/token' }));
    expect(wrongAudience).toMatchObject({
      status: 401,
      body: { error: 'invalid_client', error_description: expect.any(String) },
    });
    const stranger = (await generateKeyPair('RS256')).privateKey;
    expect(await requestToken(await assertion({ key: stranger }))).toMatchObject({
      status: 401,
      body: { error: 'invalid_client' },
    });
    expect(await requestToken(await assertion(), SCOPE_SCORE, 'password')).toMatchObject({
      status: 400,
      body: { error: 'unsupported_grant_type' },
    });
  });

  it('accepts a valid score (200 with {} by default, 204 when set) and records it', async () => {
    const token = await accessToken();
    const headers = { authorization: `Bearer ${token}`, 'content-type': `${SCORE_TYPE}; charset=utf-8` };
    const before = lms.scores.length;
    const response = await postScore('/lineitems/7/lineitem/scores', validScore(), headers);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({});
    expect(lms.scores).toHaveLength(before + 1);
    expect(lms.scores.at(-1)).toMatchObject({
      lineItem: `${lms.url}/lineitems/7/lineitem`,
      contentType: `${SCORE_TYPE}; charset=utf-8`,
      authorization: `Bearer ${token}`,
      body: { userId: learner.sub, scoreGiven: 7, scoreMaximum: 10 },
    });

    lms.scoreStatus = 204;
    try {
      const noContent = await postScore('/mod/lti/services.php/2/lineitems/9/lineitem/scores?type_id=1', validScore(), headers);
      expect(noContent.status).toBe(204);
      expect(await noContent.text()).toBe('');
      expect(lms.scores.at(-1)?.lineItem).toBe(`${lms.url}/mod/lti/services.php/2/lineitems/9/lineitem?type_id=1`);
    } finally {
      lms.scoreStatus = 200;
    }
  });

  it('rejects score posts without a valid token (401), of the wrong type (415), or with a bad body (400)', async () => {
    const token = await accessToken();
    const readOnly = await accessToken(SCOPE_LINEITEM_READONLY);
    const good = { authorization: `Bearer ${token}`, 'content-type': SCORE_TYPE };
    const path = '/lineitems/7/lineitem/scores';
    const cases: [unknown, Record<string, string>, number][] = [
      [validScore(), { 'content-type': SCORE_TYPE }, 401],
      [validScore(), { ...good, authorization: 'Bearer not-issued' }, 401],
      [validScore(), { ...good, authorization: `Bearer ${readOnly}` }, 401],
      [validScore(), { ...good, 'content-type': 'application/json' }, 415],
      ['{not json', good, 400],
      [{ ...validScore(), userId: undefined }, good, 400],
      [{ ...validScore(), scoreGiven: 11 }, good, 400],
      [{ ...validScore(), scoreGiven: -1 }, good, 400],
      [{ ...validScore(), scoreMaximum: undefined }, good, 400],
      [{ ...validScore(), scoreMaximum: 0 }, good, 400],
      [{ ...validScore(), activityProgress: 'Done' }, good, 400],
      [{ ...validScore(), gradingProgress: 'Graded' }, good, 400],
      [{ ...validScore(), timestamp: '2025-01-01T10:00:00' }, good, 400],
      [{ ...validScore(), timestamp: 'yesterday' }, good, 400],
    ];
    const accepted = lms.scores.length;
    const rejected = lms.rejectedScores.length;
    for (const [body, headers, status] of cases) {
      const response = await postScore(path, body, headers);
      expect({ body, status: response.status }).toEqual({ body, status });
      if (status === 401) expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    expect(lms.scores).toHaveLength(accepted);
    const reasons = lms.rejectedScores.slice(rejected);
    expect(reasons.map((entry) => entry.status)).toEqual(cases.map(([, , status]) => status));
    expect(reasons.every((entry) => entry.reason.length > 0)).toBe(true);

    const noGrade = {
      userId: learner.sub,
      activityProgress: 'Started',
      gradingProgress: 'NotReady',
      timestamp: '2025-01-01T10:00:00+01:00',
    };
    expect((await postScore(path, noGrade, good)).status).toBe(200);
  });

  it('answers the next n score posts with 500 after failScores(n), then accepts again', async () => {
    const headers = { authorization: `Bearer ${await accessToken()}`, 'content-type': SCORE_TYPE };
    const accepted = lms.scores.length;
    const rejected = lms.rejectedScores.length;
    lms.failScores(2);
    expect((await postScore('/lineitems/7/lineitem/scores', validScore(), headers)).status).toBe(500);
    expect((await postScore('/lineitems/7/lineitem/scores', validScore(), headers)).status).toBe(500);
    expect((await postScore('/lineitems/7/lineitem/scores', validScore(), headers)).status).toBe(200);
    expect(lms.scores).toHaveLength(accepted + 1);
    expect(lms.rejectedScores.slice(rejected)).toEqual([
      { status: 500, reason: expect.any(String) },
      { status: 500, reason: expect.any(String) },
    ]);
  });

  it('answers anything else with 404', async () => {
    expect((await fetch(`${lms.url}/nowhere`)).status).toBe(404);
    expect((await fetch(`${lms.url}/lineitems/7/lineitem/scores`)).status).toBe(404);
    expect((await fetch(lms.tokenUrl)).status).toBe(404);
  });

  it('closes, keep-alive connections included', async () => {
    const other = await startMockLms({ toolLoginUrl: TOOL_LOGIN, toolLaunchUrl: TOOL_LAUNCH, toolJwksUrl: lms.jwksUrl });
    expect((await fetch(other.jwksUrl)).status).toBe(200); // leaves a keep-alive connection open
    await other.close();
    await expect(fetch(other.jwksUrl)).rejects.toThrow();
  });
});

/** Runs the login URL through the auth endpoint of `platform` and verifies the id_token it posts back. */
const idTokenClaims = async (platform: MockLms, loginUrl: string, redirectUri = TOOL_LAUNCH) => {
  const response = await fetch(`${platform.authUrl}?${authParams(loginUrl, { redirect_uri: redirectUri })}`);
  expect(response.status).toBe(200);
  const html = await response.text();
  const { payload } = await jwtVerify(platform.lastAuthRequest?.get('id_token') ?? '', await platformKeys(platform), {
    issuer: platform.issuer,
    audience: platform.clientId,
  });
  return { payload: payload as Record<string, unknown>, html };
};

/** A deep linking request of `lms` taken through the auth endpoint; returns the `data` it carried. */
const requestDeepLink = async (options: { acceptMultiple?: boolean; data?: string } = {}, platform = lms) => {
  const { payload } = await idTokenClaims(platform, platform.deepLinkUrl(learner, options));
  return (payload[`${DL}deep_linking_settings`] as { data: string }).data;
};

const resourceLink = (title: string, extra: Record<string, unknown> = {}) => ({
  type: 'ltiResourceLink',
  url: TOOL_LAUNCH,
  title,
  ...extra,
});

/** A Deep Linking response as the tool signs it (Deep Linking 2.0 §4.2); the options tamper with it. */
const deepLinkResponse = (
  data: string,
  items: unknown[],
  options: {
    claims?: Record<string, unknown>;
    issuer?: string;
    audience?: string;
    key?: CryptoKey;
    kid?: string | null;
    platform?: MockLms;
  } = {},
) => {
  const platform = options.platform ?? lms;
  const claims = {
    nonce: randomUUID(),
    [`${LTI}message_type`]: 'LtiDeepLinkingResponse',
    [`${LTI}version`]: '1.3.0',
    [`${LTI}deployment_id`]: platform.deploymentId,
    [`${DL}data`]: data,
    [`${DL}content_items`]: items,
    ...options.claims,
  };
  const header = options.kid === null ? { alg: 'RS256' } : { alg: 'RS256', kid: options.kid ?? toolKid };
  return new SignJWT(claims)
    .setProtectedHeader(header)
    .setIssuer(options.issuer ?? platform.clientId)
    .setAudience(options.audience ?? platform.issuer)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(options.key ?? toolKey);
};

const postDeepLink = (jwt: string, platform = lms) =>
  fetch(platform.deepLinkReturnUrl, { method: 'POST', body: new URLSearchParams({ JWT: jwt }) });

describe('the mock LMS: Deep Linking 2.0', () => {
  it('sends a deep linking request: login initiation, then an id_token with the deep linking settings', async () => {
    const login = new URL(lms.deepLinkUrl(learner, { acceptMultiple: true, data: 'dl-eigen-data' }));
    expect(login.origin + login.pathname).toBe(TOOL_LOGIN);
    expect(Object.fromEntries(login.searchParams)).toMatchObject({
      iss: lms.issuer,
      target_link_uri: TOOL_LAUNCH,
      client_id: lms.clientId,
      lti_deployment_id: lms.deploymentId,
    });
    expect(login.searchParams.get('login_hint')).toBeTruthy();
    expect(login.searchParams.get('lti_message_hint')).toBeTruthy();

    const teacher: MockUser = {
      sub: 'teacher-7',
      name: 'Jan Jansen',
      roles: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'],
    };
    const { payload, html } = await idTokenClaims(lms, lms.deepLinkUrl(teacher, { acceptMultiple: true, data: 'dl-eigen-data' }));
    expect(html).toContain(`<form method="post" action="${TOOL_LAUNCH}">`);
    expect(payload).toMatchObject({
      iss: lms.issuer,
      aud: lms.clientId,
      azp: lms.clientId,
      sub: 'teacher-7',
      name: 'Jan Jansen',
      nonce: 'nonce-1',
      [`${LTI}message_type`]: 'LtiDeepLinkingRequest',
      [`${LTI}version`]: '1.3.0',
      [`${LTI}deployment_id`]: lms.deploymentId,
      [`${LTI}target_link_uri`]: TOOL_LAUNCH,
      [`${LTI}roles`]: teacher.roles,
      [`${LTI}context`]: { id: lms.contextId, label: 'MKT1', title: 'Marketing 1' },
    });
    expect(payload[`${DL}deep_linking_settings`]).toEqual({
      deep_link_return_url: `${lms.url}/deeplink/return`,
      accept_types: ['ltiResourceLink'],
      accept_presentation_document_targets: ['iframe', 'window'],
      accept_multiple: true,
      auto_create: true,
      title: 'Klantreis toevoegen',
      data: 'dl-eigen-data',
    });
    expect(payload[AGS_ENDPOINT]).toEqual({ scope: [SCOPE_SCORE, SCOPE_LINEITEM], lineitems: `${lms.url}/lineitems` });
    expect(payload[NRPS_CLAIM]).toEqual({
      context_memberships_url: `${lms.url}/contexts/${lms.contextId}/memberships`,
      service_versions: ['2.0'],
    });
    expect(payload).not.toHaveProperty(`${LTI}resource_link`);
    expect(lms.deepLinkReturnUrl).toBe(`${lms.url}/deeplink/return`);

    const settings = lms.deepLinkClaims(learner, 'n')[`${DL}deep_linking_settings`] as Record<string, unknown>;
    expect(settings).toMatchObject({ accept_multiple: false, data: expect.stringMatching(/^dl-data-.+/) });
    expect(await requestDeepLink()).not.toBe(settings.data);
  });

  it('accepts a signed deep linking response, creates its line item, and gives a link to launch it', async () => {
    const data = await requestDeepLink();
    const item = resourceLink('Toets B2B', {
      custom: { opdracht: 'ABC123' },
      lineItem: { scoreMaximum: 10, label: 'Toets B2B', resourceId: 'toets-b2b', tag: 'cijfer' },
    });
    const response = await postDeepLink(await deepLinkResponse(data, [item]));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe('<p>Toegevoegd</p>');

    const lineItemUrl = `${lms.url}/lineitems/100/lineitem`;
    expect(lms.deepLinks).toHaveLength(1);
    expect(lms.deepLinks[0]).toMatchObject({ contentItems: [item], lineItemUrls: [lineItemUrl] });
    expect(lms.deepLinks[0]?.claims).toMatchObject({ iss: lms.clientId, aud: lms.issuer, [`${DL}data`]: data });
    expect(lms.lineItems).toEqual([
      {
        url: lineItemUrl,
        label: 'Toets B2B',
        scoreMaximum: 10,
        resourceId: 'toets-b2b',
        tag: 'cijfer',
        resourceLinkTitle: 'Toets B2B',
        custom: { opdracht: 'ABC123' },
      },
    ]);
    const link = lms.linkFromDeepLink();
    expect(link).toEqual({ id: 'dl-link-0', title: 'Toets B2B', custom: { opdracht: 'ABC123' }, lineItem: lineItemUrl });

    // Launching that link carries its custom parameters and line item; scores for it are accepted.
    const { payload } = await idTokenClaims(lms, lms.loginUrl(learner, link));
    expect(payload).toMatchObject({
      [`${LTI}resource_link`]: { id: 'dl-link-0', title: 'Toets B2B' },
      [`${LTI}custom`]: { opdracht: 'ABC123' },
      [AGS_ENDPOINT]: { lineitem: lineItemUrl },
    });
    const headers = { authorization: `Bearer ${await accessToken()}`, 'content-type': SCORE_TYPE };
    expect((await postScore(new URL(lineItemUrl).pathname + '/scores', validScore(), headers)).status).toBe(200);
    expect(lms.scores.at(-1)?.lineItem).toBe(lineItemUrl);
  });

  it('accepts several items when the request allowed it, and none at all', async () => {
    const before = lms.lineItems.length;
    const data = await requestDeepLink({ acceptMultiple: true });
    const items = [resourceLink('Les 1'), resourceLink('Les 2', { lineItem: { scoreMaximum: 5 } })];
    expect((await postDeepLink(await deepLinkResponse(data, items))).status).toBe(200);
    const index = lms.deepLinks.length - 1;
    expect(lms.lineItems).toHaveLength(before + 1);
    const created = lms.lineItems.at(-1);
    expect(created).toEqual({
      url: expect.stringMatching(/\/lineitems\/\d+\/lineitem$/),
      scoreMaximum: 5,
      resourceLinkTitle: 'Les 2',
    });
    expect(lms.linkFromDeepLink(index)).toEqual({ id: `dl-link-${index}`, title: 'Les 1' });
    expect(lms.linkFromDeepLink(index, 1)).toEqual({ id: `dl-link-${index}-1`, title: 'Les 2', lineItem: created?.url });

    expect((await postDeepLink(await deepLinkResponse(await requestDeepLink(), []))).status).toBe(200);
    expect(lms.deepLinks.at(-1)?.contentItems).toEqual([]);
    expect(() => lms.linkFromDeepLink()).toThrow();
  });

  const stranger = async () => (await generateKeyPair('RS256')).privateKey;
  it.each<[string, (data: string) => Promise<string>]>([
    ['data the platform never sent', () => deepLinkResponse('dl-data-forged', [resourceLink('Les 1')])],
    ['no data', () => deepLinkResponse('', [resourceLink('Les 1')], { claims: { [`${DL}data`]: undefined } })],
    ['another audience', (data) => deepLinkResponse(data, [resourceLink('Les 1')], { audience: 'https://elsewhere.example' })],
    ['the wrong issuer', (data) => deepLinkResponse(data, [resourceLink('Les 1')], { issuer: 'someone-else' })],
    [
      'the wrong message type',
      (data) => deepLinkResponse(data, [resourceLink('Les 1')], { claims: { [`${LTI}message_type`]: 'LtiResourceLinkRequest' } }),
    ],
    ['the wrong version', (data) => deepLinkResponse(data, [resourceLink('Les 1')], { claims: { [`${LTI}version`]: '1.1' } })],
    [
      'another deployment',
      (data) => deepLinkResponse(data, [resourceLink('Les 1')], { claims: { [`${LTI}deployment_id`]: 'dep-2' } }),
    ],
    ['no nonce', (data) => deepLinkResponse(data, [resourceLink('Les 1')], { claims: { nonce: undefined } })],
    ['no kid in the header', (data) => deepLinkResponse(data, [resourceLink('Les 1')], { kid: null })],
    ['two items when accept_multiple is false', (data) => deepLinkResponse(data, [resourceLink('Les 1'), resourceLink('Les 2')])],
    ['content_items that is no array', (data) => deepLinkResponse(data, [], { claims: { [`${DL}content_items`]: {} } })],
    ['an item of another type', (data) => deepLinkResponse(data, [{ type: 'link', url: TOOL_LAUNCH }])],
    ['an item with a relative url', (data) => deepLinkResponse(data, [{ type: 'ltiResourceLink', url: '/api/lti/launch' }])],
    ['an item with non-string custom values', (data) => deepLinkResponse(data, [resourceLink('Les 1', { custom: { n: 1 } })])],
    [
      'a line item with scoreMaximum 0',
      (data) => deepLinkResponse(data, [resourceLink('Les 1', { lineItem: { scoreMaximum: 0 } })]),
    ],
    ['a signature by a foreign key', async (data) => deepLinkResponse(data, [resourceLink('Les 1')], { key: await stranger() })],
    [
      'no signature at all',
      async (data) =>
        new UnsecuredJWT({
          [`${LTI}message_type`]: 'LtiDeepLinkingResponse',
          [`${LTI}version`]: '1.3.0',
          [`${LTI}deployment_id`]: lms.deploymentId,
          [`${DL}data`]: data,
          [`${DL}content_items`]: [],
          nonce: 'n',
        })
          .setIssuer(lms.clientId)
          .setAudience(lms.issuer)
          .setIssuedAt()
          .setExpirationTime('5m')
          .encode(),
    ],
  ])('rejects a deep linking response with %s (400, text/plain)', async (_label, sign) => {
    const data = await requestDeepLink();
    const accepted = lms.deepLinks.length;
    const lineItems = lms.lineItems.length;
    const rejected = lms.rejectedDeepLinks.length;
    const response = await postDeepLink(await sign(data));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const reason = await response.text();
    expect(reason.length).toBeGreaterThan(0);
    expect(lms.rejectedDeepLinks.slice(rejected)).toEqual([{ reason }]);
    expect(lms.deepLinks).toHaveLength(accepted);
    expect(lms.lineItems).toHaveLength(lineItems);
  });

  it('rejects a deep linking response without a JWT field or posted as JSON', async () => {
    const data = await requestDeepLink();
    const rejected = lms.rejectedDeepLinks.length;
    expect((await fetch(lms.deepLinkReturnUrl, { method: 'POST', body: new URLSearchParams({ jwt: 'x' }) })).status).toBe(400);
    const json = await fetch(lms.deepLinkReturnUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ JWT: await deepLinkResponse(data, []) }),
    });
    expect(json.status).toBe(400);
    expect(lms.rejectedDeepLinks).toHaveLength(rejected + 2);
  });
});

const MEMBERSHIP = 'http://purl.imsglobal.org/vocab/lis/v2/membership#';

describe('the mock LMS: Names and Role Provisioning Services 2.0', () => {
  let platform: MockLms;
  const roster: MockMember[] = [
    {
      user_id: 'user-42',
      name: 'Sanne de Vries',
      given_name: 'Sanne',
      family_name: 'de Vries',
      email: 'sanne@example.nl',
      roles: [`${MEMBERSHIP}Learner`],
    },
    { user_id: 'teacher-7', name: 'Jan Jansen', roles: [`${MEMBERSHIP}Instructor`], status: 'Active' },
    { user_id: 'user-43', name: 'Ahmed El Amrani', roles: [`${MEMBERSHIP}Learner`], status: 'Inactive' },
    { user_id: 'user-44', roles: [`${MEMBERSHIP}Learner`, `${MEMBERSHIP}Mentor`], status: 'Deleted' },
    { user_id: 'user-45', name: 'Eva Bakker', roles: [`${MEMBERSHIP}Learner`] },
  ];
  beforeAll(async () => {
    platform = await startMockLms({ toolLoginUrl: TOOL_LOGIN, toolLaunchUrl: TOOL_LAUNCH, toolJwksUrl });
    platform.members.push(...roster);
  });
  afterAll(async () => {
    await platform?.close();
  });

  const nrpsToken = async (scope = SCOPE_MEMBERSHIP) => {
    const { status, body } = await requestToken(await assertion({ platform }), scope, 'client_credentials', platform);
    expect({ status, scope: body.scope }).toEqual({ status: 200, scope });
    return String(body.access_token);
  };
  const getMembers = (url: string, token: string | null, accept: string | null = MEMBERSHIP_TYPE) =>
    fetch(url, {
      headers: {
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
        ...(accept === null ? {} : { accept }),
      },
    });
  const membersOf = async (response: Response) => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(MEMBERSHIP_TYPE);
    return (await response.json()) as { id: string; context: Record<string, unknown>; members: MockMember[] };
  };
  /** The next page URL of a Link header, or null. */
  const nextLink = (response: Response) => /^<([^>]+)>; rel="next"$/.exec(response.headers.get('link') ?? '')?.[1] ?? null;

  it('starts with an empty roster, puts the namesroleservice claim in launches, and leaves it out with nrps: false', async () => {
    const empty = await startMockLms({ toolLoginUrl: TOOL_LOGIN, toolLaunchUrl: TOOL_LAUNCH, toolJwksUrl });
    expect(empty.members).toEqual([]);
    expect(empty.membershipRequests).toBe(0);
    await empty.close();

    const url = `${platform.url}/contexts/${platform.contextId}/memberships`;
    expect(platform.contextMembershipsUrl).toBe(url);
    const claim = { context_memberships_url: url, service_versions: ['2.0'] };
    const { payload } = await idTokenClaims(platform, platform.loginUrl(learner, { id: 'link-nrps' }));
    expect(payload[NRPS_CLAIM]).toEqual(claim);
    expect(platform.launchClaims(learner, { id: 'link-nrps', nrps: true }, 'n')[NRPS_CLAIM]).toEqual(claim);
    expect(platform.deepLinkClaims(learner, 'n')[NRPS_CLAIM]).toEqual(claim);

    const without = await idTokenClaims(platform, platform.loginUrl(learner, { id: 'link-no-nrps', nrps: false }));
    expect(without.payload).not.toHaveProperty(NRPS_CLAIM);
    expect(without.payload[`${LTI}resource_link`]).toEqual({ id: 'link-no-nrps' });
    expect(platform.launchClaims(learner, { id: 'link-no-nrps', nrps: false }, 'n')).not.toHaveProperty(NRPS_CLAIM);
  });

  it('grants the contextmembership.readonly scope and serves the whole roster with it', async () => {
    const before = platform.membershipRequests;
    const token = await nrpsToken();
    const response = await getMembers(platform.contextMembershipsUrl, token);
    expect(response.headers.get('link')).toBeNull();
    expect(await membersOf(response)).toEqual({
      id: platform.contextMembershipsUrl,
      context: { id: platform.contextId, label: 'MKT1', title: 'Marketing 1' },
      members: roster,
    });
    expect(platform.membershipRequests).toBe(before + 1);

    // Among other media types (with parameters), and with other scopes in the same token.
    const both = await nrpsToken(`${SCOPE_SCORE} ${SCOPE_MEMBERSHIP}`);
    const accept = `application/json;q=0.5, ${MEMBERSHIP_TYPE};q=0.9`;
    expect((await membersOf(await getMembers(platform.contextMembershipsUrl, both, accept))).members).toHaveLength(5);
  });

  it('answers 401 with WWW-Authenticate without a token with the NRPS scope, 406 for another Accept, 404 for another context', async () => {
    const before = platform.membershipRequests;
    const scoreOnly = await nrpsToken(SCOPE_SCORE);
    for (const token of [null, 'not-issued', scoreOnly]) {
      const response = await getMembers(platform.contextMembershipsUrl, token);
      expect({ token, status: response.status }).toEqual({ token, status: 401 });
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    const token = await nrpsToken();
    for (const accept of ['application/json', '*/*', null]) {
      const response = await getMembers(platform.contextMembershipsUrl, token, accept);
      expect({ accept, status: response.status }).toEqual({ accept, status: 406 });
    }
    expect((await getMembers(`${platform.url}/contexts/course-999/memberships`, token)).status).toBe(404);
    expect(platform.membershipRequests).toBe(before + 7);
  });

  it('filters by role, given as a full URI or as its short name', async () => {
    const token = await nrpsToken();
    const byRole = async (role: string) => {
      const url = new URL(platform.contextMembershipsUrl);
      url.searchParams.set('role', role);
      const body = await membersOf(await getMembers(url.href, token));
      expect(body.id).toBe(url.href);
      return body.members.map((member) => member.user_id);
    };
    expect(await byRole(`${MEMBERSHIP}Instructor`)).toEqual(['teacher-7']);
    expect(await byRole('Instructor')).toEqual(['teacher-7']);
    expect(await byRole('Learner')).toEqual(['user-42', 'user-43', 'user-44', 'user-45']);
    expect(await byRole('Mentor')).toEqual(['user-44']);
    expect(await byRole('learner')).toEqual([]);
    expect(await byRole('ContentDeveloper')).toEqual([]);
  });

  it('pages with limit and a Link rel="next" header carrying page, keeping the role filter', async () => {
    const token = await nrpsToken();
    const pages: string[][] = [];
    let url: string | null = `${platform.contextMembershipsUrl}?limit=2`;
    while (url !== null && pages.length < 10) {
      const response = await getMembers(url, token);
      const body = await membersOf(response);
      expect(body.id).toBe(url);
      pages.push(body.members.map((member) => member.user_id));
      url = nextLink(response);
      if (url !== null) {
        const next = new URL(url);
        expect(next.origin + next.pathname).toBe(platform.contextMembershipsUrl);
        expect(Object.fromEntries(next.searchParams)).toEqual({ limit: '2', page: String(pages.length + 1) });
      }
    }
    expect(pages).toEqual([['user-42', 'teacher-7'], ['user-43', 'user-44'], ['user-45']]);

    const learners = await getMembers(`${platform.contextMembershipsUrl}?role=Learner&limit=3`, token);
    expect((await membersOf(learners)).members.map((member) => member.user_id)).toEqual(['user-42', 'user-43', 'user-44']);
    const second = nextLink(learners);
    expect(second && Object.fromEntries(new URL(second).searchParams)).toEqual({ role: 'Learner', limit: '3', page: '2' });
    const last = await getMembers(second ?? '', token);
    expect((await membersOf(last)).members.map((member) => member.user_id)).toEqual(['user-45']);
    expect(last.headers.get('link')).toBeNull();

    // Exactly one full page: no next link; a page past the end is empty; a bad limit or page is a 400.
    const exact = await getMembers(`${platform.contextMembershipsUrl}?limit=5`, token);
    expect((await membersOf(exact)).members).toHaveLength(5);
    expect(exact.headers.get('link')).toBeNull();
    expect((await membersOf(await getMembers(`${platform.contextMembershipsUrl}?limit=2&page=9`, token))).members).toEqual([]);
    for (const query of ['limit=0', 'limit=-1', 'limit=abc', 'limit=2&page=0']) {
      const response = await getMembers(`${platform.contextMembershipsUrl}?${query}`, token);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
    }
  });

  it('answers the next n requests with 500 after failMemberships(n), then serves again', async () => {
    const token = await nrpsToken();
    const before = platform.membershipRequests;
    platform.failMemberships(2);
    expect((await getMembers(platform.contextMembershipsUrl, token)).status).toBe(500);
    expect((await getMembers(platform.contextMembershipsUrl, null)).status).toBe(500);
    expect((await membersOf(await getMembers(platform.contextMembershipsUrl, token))).members).toEqual(roster);
    expect(platform.membershipRequests).toBe(before + 3);
  });
});

const NEW_LOGIN = 'http://127.0.0.1:3998/lti/oidc';
const NEW_LAUNCH = 'http://127.0.0.1:3998/lti/launch';
const NEW_DEEP_LINK = 'http://127.0.0.1:3998/lti/deeplink';

/** A registration request as a tool sends it (Dynamic Registration 1.0 §3.5); overrides replace fields. */
const registrationRequest = (overrides: Record<string, unknown> = {}) => ({
  application_type: 'web',
  response_types: ['id_token'],
  grant_types: ['implicit', 'client_credentials'],
  initiate_login_uri: NEW_LOGIN,
  redirect_uris: [NEW_LAUNCH, NEW_DEEP_LINK],
  client_name: 'Klantreis',
  jwks_uri: toolJwksUrl,
  logo_uri: 'http://127.0.0.1:3998/logo.svg',
  token_endpoint_auth_method: 'private_key_jwt',
  scope: `${SCOPE_SCORE} ${SCOPE_LINEITEM}`,
  [TOOL_CONFIGURATION]: {
    domain: '127.0.0.1:3998',
    target_link_uri: NEW_LAUNCH,
    claims: ['iss', 'sub', 'name', 'email'],
    messages: [{ type: 'LtiDeepLinkingRequest', target_link_uri: NEW_DEEP_LINK, label: 'Klantreis' }],
  },
  ...overrides,
});

const registrationToken = (registrationUrl: string) => new URL(registrationUrl).searchParams.get('registration_token') ?? '';

const register = (platform: MockLms, token: string | null, body: unknown, contentType = 'application/json') =>
  fetch(platform.registrationEndpoint, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('the mock LMS: Dynamic Registration 1.0', () => {
  const platforms: MockLms[] = [];
  /** A fresh platform whose tool JWKS, until a registration, is one that cannot verify the tool's key. */
  const freshPlatform = async () => {
    const platform = await startMockLms({ toolLoginUrl: TOOL_LOGIN, toolLaunchUrl: TOOL_LAUNCH, toolJwksUrl: lms.jwksUrl });
    platforms.push(platform);
    return platform;
  };
  afterAll(async () => {
    await Promise.all(platforms.map((platform) => platform.close()));
  });

  it('serves its openid configuration and counts the requests', async () => {
    const before = lms.openidConfigurationRequests;
    const response = await fetch(`${lms.url}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      issuer: lms.issuer,
      authorization_endpoint: lms.authUrl,
      token_endpoint: lms.tokenUrl,
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      token_endpoint_auth_signing_alg_values_supported: ['RS256'],
      jwks_uri: lms.jwksUrl,
      registration_endpoint: `${lms.url}/register`,
      scopes_supported: [
        'openid',
        SCOPE_SCORE,
        SCOPE_LINEITEM,
        'https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly',
        'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
      ],
      response_types_supported: ['id_token'],
      subject_types_supported: ['public', 'pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      claims_supported: ['sub', 'iss', 'name', 'given_name', 'family_name', 'email'],
      'https://purl.imsglobal.org/spec/lti-platform-configuration': {
        product_family_code: 'moodle',
        version: '4.4',
        messages_supported: [{ type: 'LtiResourceLinkRequest' }, { type: 'LtiDeepLinkingRequest' }],
        variables: [],
      },
    });
    expect(lms.openidConfigurationRequests).toBe(before + 1);
    expect(lms.openidConfigurationUrl).toBe(`${lms.url}/.well-known/openid-configuration`);
  });

  it('builds the registration URL to the tool, keeping its query, with a fresh token each time', () => {
    const first = new URL(lms.registrationUrl('http://127.0.0.1:3998/lti/register?tenant=school-1'));
    expect(first.origin + first.pathname).toBe('http://127.0.0.1:3998/lti/register');
    expect(first.searchParams.get('tenant')).toBe('school-1');
    expect(first.searchParams.get('openid_configuration')).toBe(`${lms.url}/.well-known/openid-configuration`);
    expect(first.searchParams.get('registration_token')).toMatch(/^[\w-]{16,}$/);
    expect(registrationToken(lms.registrationUrl('http://127.0.0.1:3998/lti/register'))).not.toBe(
      first.searchParams.get('registration_token'),
    );
  });

  it('registers a tool and switches over to the new client, deployment and tool URLs', async () => {
    const platform = await freshPlatform();
    const oldClientId = platform.clientId;
    // Before: the tool's key is unknown to the platform (its JWKS URL points elsewhere).
    expect((await requestToken(await assertion({ platform }), SCOPE_SCORE, 'client_credentials', platform)).status).toBe(401);

    const request = registrationRequest();
    const response = await register(platform, registrationToken(platform.registrationUrl(NEW_LOGIN)), request);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      ...request,
      client_id: 'dyn-client-1',
      [TOOL_CONFIGURATION]: { ...request[TOOL_CONFIGURATION], deployment_id: 'dyn-dep-1' },
    });
    expect(platform.clientId).toBe('dyn-client-1');
    expect(platform.deploymentId).toBe('dyn-dep-1');
    expect(platform.clientId).not.toBe(oldClientId);
    expect(platform.registrations).toEqual([{ request, clientId: 'dyn-client-1', deploymentId: 'dyn-dep-1' }]);

    // Launches: login at the registered initiate_login_uri, redirect_uri one of the registered ones.
    const login = new URL(platform.loginUrl(learner, { id: 'link-1' }));
    expect(login.origin + login.pathname).toBe(NEW_LOGIN);
    expect(Object.fromEntries(login.searchParams)).toMatchObject({
      client_id: 'dyn-client-1',
      lti_deployment_id: 'dyn-dep-1',
      target_link_uri: NEW_LAUNCH,
    });
    const refused = await fetch(`${platform.authUrl}?${authParams(login.href, { redirect_uri: TOOL_LAUNCH })}`);
    expect(refused.status).toBe(400);
    const { payload, html } = await idTokenClaims(platform, platform.loginUrl(learner, { id: 'link-1' }), NEW_LAUNCH);
    expect(html).toContain(`<form method="post" action="${NEW_LAUNCH}">`);
    expect(payload).toMatchObject({
      aud: 'dyn-client-1',
      azp: 'dyn-client-1',
      [`${LTI}deployment_id`]: 'dyn-dep-1',
      [`${LTI}target_link_uri`]: NEW_LAUNCH,
    });

    // Tokens: the assertion of the new client id, checked against the registered jwks_uri.
    expect((await requestToken(await assertion({ platform }), SCOPE_SCORE, 'client_credentials', platform)).status).toBe(200);

    // Deep linking: to the registered deep linking target, and the response checked against the new ids.
    const deepLogin = new URL(platform.deepLinkUrl(learner));
    expect(deepLogin.searchParams.get('target_link_uri')).toBe(NEW_DEEP_LINK);
    const { payload: deepLink } = await idTokenClaims(platform, deepLogin.href, NEW_DEEP_LINK);
    expect(deepLink[`${LTI}target_link_uri`]).toBe(NEW_DEEP_LINK);
    const data = (deepLink[`${DL}deep_linking_settings`] as { data: string }).data;
    expect((await postDeepLink(await deepLinkResponse(data, [resourceLink('Les 1')], { platform }), platform)).status).toBe(200);
    const oldDeployment = await deepLinkResponse(data, [], { platform, claims: { [`${LTI}deployment_id`]: 'dep-1' } });
    expect((await postDeepLink(oldDeployment, platform)).status).toBe(400);
  });

  it('refuses a registration with a reused, unknown or missing token (401)', async () => {
    const platform = await freshPlatform();
    const token = registrationToken(platform.registrationUrl(NEW_LOGIN));
    expect((await register(platform, token, registrationRequest())).status).toBe(200);
    for (const attempt of [token, 'never-issued', null]) {
      const response = await register(platform, attempt, registrationRequest());
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await response.json()).toMatchObject({ error: 'invalid_token', error_description: expect.any(String) });
    }
    expect(platform.rejectedRegistrations.map((entry) => entry.status)).toEqual([401, 401, 401]);
    expect(platform.registrations).toHaveLength(1);
    expect(platform.clientId).toBe('dyn-client-1');
  });

  it.each<[string, () => unknown, string?]>([
    ['application_type native', () => registrationRequest({ application_type: 'native' })],
    ['response_types without id_token', () => registrationRequest({ response_types: ['code'] })],
    ['grant_types without client_credentials', () => registrationRequest({ grant_types: ['implicit'] })],
    ['a relative initiate_login_uri', () => registrationRequest({ initiate_login_uri: '/lti/oidc' })],
    ['no redirect_uris', () => registrationRequest({ redirect_uris: [] })],
    ['a redirect_uri that is no URL', () => registrationRequest({ redirect_uris: ['launch'] })],
    ['no client_name', () => registrationRequest({ client_name: undefined })],
    ['no jwks_uri', () => registrationRequest({ jwks_uri: undefined })],
    [
      'token_endpoint_auth_method client_secret_basic',
      () => registrationRequest({ token_endpoint_auth_method: 'client_secret_basic' }),
    ],
    ['no scope', () => registrationRequest({ scope: undefined })],
    ['no tool configuration', () => registrationRequest({ [TOOL_CONFIGURATION]: undefined })],
    ['a tool configuration without domain', () => registrationRequest({ [TOOL_CONFIGURATION]: { target_link_uri: NEW_LAUNCH } })],
    [
      'a relative target_link_uri',
      () => registrationRequest({ [TOOL_CONFIGURATION]: { domain: '127.0.0.1:3998', target_link_uri: '/lti/launch' } }),
    ],
    [
      'messages that are no array',
      () => registrationRequest({ [TOOL_CONFIGURATION]: { domain: 'x', target_link_uri: NEW_LAUNCH, messages: {} } }),
    ],
    ['a body that is no JSON', () => '{not json'],
    [
      'a form instead of JSON',
      () => new URLSearchParams({ client_name: 'Klantreis' }).toString(),
      'application/x-www-form-urlencoded',
    ],
  ])('refuses a registration with %s (400 invalid_client_metadata), the token stays usable', async (_label, body, type) => {
    const platform = await freshPlatform();
    const token = registrationToken(platform.registrationUrl(NEW_LOGIN));
    const response = await register(platform, token, body(), type);
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: string; error_description: string };
    expect(answer).toEqual({ error: 'invalid_client_metadata', error_description: expect.any(String) });
    expect(platform.rejectedRegistrations).toEqual([{ status: 400, reason: answer.error_description }]);
    expect(platform.registrations).toHaveLength(0);
    expect(platform.clientId).toBe('klantreis-test-client');
    expect((await register(platform, token, registrationRequest())).status).toBe(200);
  });
});

/** The frame `src` of a course page, unescaped. */
const frameSource = (html: string) =>
  (/<iframe name="lti-tool" title="Klantreis" src="([^"]*)"/.exec(html)?.[1] ?? '').replaceAll('&amp;', '&');

describe('the mock LMS: course page with platform storage (LTI Client Side postMessages)', () => {
  it('serves a course page that frames the login initiation with lti_storage_target=_parent', async () => {
    const before = lms.coursePageRequests;
    const link = { id: 'link-course', title: 'Les 1' };
    const pageUrl = lms.coursePageUrl(learner, link);
    expect(pageUrl).toMatch(new RegExp(`^${lms.url}/course/[\\w-]{16,}$`));
    expect(lms.coursePageUrl(learner, link)).not.toBe(pageUrl);
    const response = await fetch(pageUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<h1>Marketing 1</h1>');
    expect(html).toMatch(
      /<iframe name="lti-tool" title="Klantreis" src="[^"]+" style="width:100%;height:600px" allow="[^"]+"><\/iframe>/,
    );
    expect(html).toContain("window.addEventListener('message'");
    expect(lms.coursePageRequests).toBe(before + 1);

    const login = new URL(frameSource(html));
    expect(login.origin + login.pathname).toBe(TOOL_LOGIN);
    expect(Object.fromEntries(login.searchParams)).toMatchObject({
      iss: lms.issuer,
      target_link_uri: TOOL_LAUNCH,
      client_id: lms.clientId,
      lti_storage_target: '_parent',
    });
    const { payload } = await idTokenClaims(lms, login.href);
    expect(payload).toMatchObject({
      [`${LTI}message_type`]: 'LtiResourceLinkRequest',
      [`${LTI}resource_link`]: { id: 'link-course', title: 'Les 1' },
    });
    expect(lms.lastAuthRequest?.get('lti_storage_target')).toBe('_parent');

    // Reloading the page frames the same login initiation; unknown ids answer 404 and do not count.
    expect(frameSource(await (await fetch(pageUrl)).text())).toBe(login.href);
    expect((await fetch(`${lms.url}/course/never-issued`)).status).toBe(404);
    expect(lms.coursePageRequests).toBe(before + 2);
  });

  it('frames a deep linking request with options.deepLink', async () => {
    const html = await (await fetch(lms.coursePageUrl(learner, { id: 'unused' }, { deepLink: true }))).text();
    const login = new URL(frameSource(html));
    expect(login.searchParams.get('lti_storage_target')).toBe('_parent');
    const { payload } = await idTokenClaims(lms, login.href);
    expect(payload[`${LTI}message_type`]).toBe('LtiDeepLinkingRequest');
    expect(lms.lastAuthRequest?.get('lti_storage_target')).toBe('_parent');
  });

  const chromiumPath = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((file) => existsSync(file));
  let browser: Browser | undefined;
  let platform: MockLms | undefined;
  const servers: Server[] = [];
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
    for (const server of servers) server.closeAllConnections();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  /**
   * Browser code of the fake tool: `ask` posts an LTI postMessage request to the parent window and
   * resolves with the answer carrying its message_id (or rejects after 3 s).
   */
  const ASK = `function ask(message, origin) {
    return new Promise((resolve, reject) => {
      const message_id = 'm-' + Math.random().toString(36).slice(2);
      const timer = setTimeout(() => reject(new Error('no answer to ' + message.subject)), 3000);
      window.addEventListener('message', function listen(event) {
        if (event.source !== window.parent || event.data?.message_id !== message_id) return;
        clearTimeout(timer);
        window.removeEventListener('message', listen);
        resolve(event.data);
      });
      window.parent.postMessage({ ...message, message_id }, origin);
    });
  }
  const report = (label, promise) =>
    promise.then((result) => { document.title = label + ' ' + JSON.stringify(result); },
      (error) => { document.title = 'error ' + error.message; });`;
  const page = (script: string) =>
    `<!doctype html><html><head><title>loading</title></head><body><script>${ASK}\n${script}</script></body></html>`;
  const readForm = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
  };
  /** What the fake tool's launch endpoint received. */
  const toolLaunches: URLSearchParams[] = [];

  /**
   * The fake tool. /login keeps a fresh nonce in platform storage (key `nonce-<state>`, at the origin of
   * `iss`) and goes on to the auth endpoint; /launch reads it back and shows capabilities and value in
   * its title; /read (served from a second origin too) reads a key and shows the answer.
   */
  const fakeTool = async (req: IncomingMessage, res: ServerResponse) => {
    const here = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const html = (body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    if (req.method === 'GET' && here.pathname === '/login') {
      const authUrl = JSON.stringify(platform?.authUrl);
      return html(
        page(`const login = new URLSearchParams(location.search);
        const platform = new URL(login.get('iss')).origin;
        const random = () => Math.random().toString(36).slice(2);
        const state = 'state-' + random(), nonce = 'nonce-' + random();
        ask({ subject: 'lti.put_data', key: 'nonce-' + state, value: nonce }, platform).then(() => {
          const auth = new URL(${authUrl});
          const params = { scope: 'openid', response_type: 'id_token', response_mode: 'form_post', prompt: 'none',
            client_id: login.get('client_id'), redirect_uri: location.origin + '/launch', state, nonce,
            login_hint: login.get('login_hint'), lti_message_hint: login.get('lti_message_hint') };
          for (const [name, value] of Object.entries(params)) auth.searchParams.set(name, value);
          location.href = auth.href;
        }, (error) => { document.title = 'error ' + error.message; });`),
      );
    }
    if (req.method === 'POST' && here.pathname === '/launch') {
      const form = await readForm(req);
      toolLaunches.push(form);
      const platformOrigin = new URL(String(decodeJwt(form.get('id_token') ?? '').iss)).origin;
      const key = `nonce-${form.get('state')}`;
      return html(
        page(`const platform = ${JSON.stringify(platformOrigin)};
        report('launch', (async () => ({
          capabilities: await ask({ subject: 'lti.capabilities' }, '*'),
          stored: await ask({ subject: 'lti.get_data', key: ${JSON.stringify(key)} }, platform),
          unknown: await ask({ subject: 'lti.get_data', key: 'never-stored' }, platform),
          unsupported: await ask({ subject: 'lti.no_such_message' }, platform),
        }))());`),
      );
    }
    if (req.method === 'GET' && here.pathname === '/read') {
      return html(
        page(`const query = new URLSearchParams(location.search);
        report('read', ask({ subject: 'lti.get_data', key: query.get('key') }, query.get('platform')));`),
      );
    }
    res.writeHead(404).end();
  };

  const listen = async () => {
    const server = createServer((req, res) => {
      fakeTool(req, res).catch((error: unknown) => res.writeHead(500).end(String(error)));
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  /** The title of the named frame of `page` once it starts with `label ` (the frame may be navigating). */
  const frameTitle = async (page: Page, name: string, label: string) => {
    let title = '';
    await expect
      .poll(
        async () => {
          title =
            (await page
              .frame(name)
              ?.title()
              .catch(() => '')) ?? '';
          return title;
        },
        { timeout: 6000, interval: 50 },
      )
      .toMatch(new RegExp(`^(${label}|error) `));
    expect(title).toMatch(new RegExp(`^${label} `));
    return JSON.parse(title.slice(label.length + 1)) as Record<string, Record<string, unknown>>;
  };

  it.skipIf(!chromiumPath)(
    'keeps the OIDC nonce of a framed tool in the parent window, per origin (Chromium)',
    async () => {
      const toolOrigin = await listen();
      const otherOrigin = await listen();
      platform = await startMockLms({
        toolLoginUrl: `${toolOrigin}/login`,
        toolLaunchUrl: `${toolOrigin}/launch`,
        toolJwksUrl: lms.jwksUrl,
      });
      browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
      const tab = await browser.newPage();
      const pageUrl = platform.coursePageUrl(learner, { id: 'link-storage', title: 'Les 1' });
      await tab.goto(pageUrl, { waitUntil: 'load' });
      expect(await tab.locator('h1').textContent()).toBe('Marketing 1');

      // The login put the nonce, the launch got it back from the parent: the id_token's nonce.
      const launch = await frameTitle(tab, 'lti-tool', 'launch');
      expect(toolLaunches).toHaveLength(1);
      const form = toolLaunches[0]!;
      expect(form.get('lti_storage_target')).toBe('_parent');
      const nonce = decodeJwt(form.get('id_token') ?? '').nonce;
      const key = `nonce-${form.get('state')}`;
      expect(launch.capabilities).toEqual({
        subject: 'lti.capabilities.response',
        message_id: expect.any(String),
        supported_messages: [{ subject: 'lti.put_data' }, { subject: 'lti.get_data' }],
      });
      expect(launch.stored).toEqual({ subject: 'lti.get_data.response', message_id: expect.any(String), key, value: nonce });
      expect(nonce).toMatch(/^nonce-/);
      expect(launch.unknown).toEqual({ subject: 'lti.get_data.response', message_id: expect.any(String), key: 'never-stored' });
      expect(launch.unsupported).toMatchObject({
        subject: 'lti.no_such_message.response',
        error: { code: 'unsupported_subject' },
      });

      // Another origin framed in the same page cannot read the tool's value.
      const reader = new URL(`${otherOrigin}/read`);
      reader.searchParams.set('key', key);
      reader.searchParams.set('platform', platform.url);
      await tab.evaluate(`(() => {
        const frame = document.createElement('iframe');
        frame.name = 'other';
        frame.src = ${JSON.stringify(reader.href)};
        document.body.append(frame);
      })()`);
      expect(await frameTitle(tab, 'other', 'read')).toEqual({
        subject: 'lti.get_data.response',
        message_id: expect.any(String),
        key,
      });

      const messages = (await tab.evaluate('window.__ltiMessages')) as { origin: string; data: { subject: string } }[];
      expect(messages.map(({ origin, data }) => [origin, data.subject])).toEqual([
        [toolOrigin, 'lti.put_data'],
        [toolOrigin, 'lti.capabilities'],
        [toolOrigin, 'lti.get_data'],
        [toolOrigin, 'lti.get_data'],
        [toolOrigin, 'lti.no_such_message'],
        [otherOrigin, 'lti.get_data'],
      ]);
      expect(messages[0]?.data).toMatchObject({ key, value: nonce, message_id: expect.any(String) });
      expect(platform.coursePageRequests).toBe(1);
    },
    20_000,
  );
});
