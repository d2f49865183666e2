// A mock LTI 1.3 Advantage platform (an LMS such as Moodle or Canvas) for tests: OIDC authorization
// endpoint, platform JWKS, OAuth 2 client-credentials token endpoint (Security Framework 1.0), the
// AGS 2.0 score service, Deep Linking 2.0 (requests and the return endpoint, which creates line items)
// and LTI Dynamic Registration 1.0 (openid configuration and registration endpoint; a registration
// switches the mock over to the new client id, deployment id and tool URLs), Names and Role Provisioning
// Services 2.0 (the namesroleservice claim and a context membership service over a roster), and a course page that
// frames the tool and answers the LTI Client Side postMessages of platform storage (lti.capabilities,
// lti.put_data, lti.get_data) in the page itself, for lti_storage_target=_parent. Only node:http and jose;
// it listens on 127.0.0.1 but presents itself as `localhost`, so that a tool under test on 127.0.0.1
// is a different site (SameSite cookies).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  calculateJwkThumbprint,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JWK,
} from 'jose';

export type MockUser = { sub: string; name: string; givenName?: string; familyName?: string; email?: string; roles: string[] };
/**
 * A resource link to launch. `nrps` (default true) puts the Names and Role Provisioning Services claim
 * into the launch; false leaves it out, as a platform does where the service is not enabled for the tool.
 */
export type MockLink = { id: string; title?: string; custom?: Record<string, string>; lineItem?: string; nrps?: boolean };
/** A member of the course roster as the membership service serves it (NRPS 2.0 §2.2); status absent means Active. */
export type MockMember = {
  user_id: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  email?: string;
  roles: string[];
  status?: 'Active' | 'Inactive' | 'Deleted';
};
export type ReceivedScore = { lineItem: string; contentType: string; body: Record<string, unknown>; authorization: string };
export type DeepLinkOptions = { acceptMultiple?: boolean; data?: string };
/** An `ltiResourceLink` content item as a tool returns it in a Deep Linking response (checked shape). */
export type DeepLinkContentItem = {
  type: 'ltiResourceLink';
  url: string;
  title?: string;
  custom?: Record<string, string>;
  lineItem?: { scoreMaximum: number; label?: string; resourceId?: string; tag?: string };
  [claim: string]: unknown;
};
/** An accepted Deep Linking response; `lineItemUrls[i]` is the line item created for `contentItems[i]`, if any. */
export type ReceivedDeepLink = {
  claims: Record<string, unknown>;
  contentItems: DeepLinkContentItem[];
  lineItemUrls: (string | undefined)[];
};
export type CreatedLineItem = {
  url: string;
  label?: string;
  scoreMaximum: number;
  resourceId?: string;
  tag?: string;
  resourceLinkTitle?: string;
  custom?: Record<string, string>;
};
export type ReceivedRegistration = { request: Record<string, unknown>; clientId: string; deploymentId: string };
export type MockLms = {
  url: string;
  issuer: string;
  /** The client id the platform expects; a successful dynamic registration replaces it. */
  clientId: string;
  /** The deployment id the platform sends and expects; a successful dynamic registration replaces it. */
  deploymentId: string;
  authUrl: string;
  tokenUrl: string;
  jwksUrl: string;
  /** `${url}/.well-known/openid-configuration` (Dynamic Registration). */
  openidConfigurationUrl: string;
  /** `${url}/register` (Dynamic Registration). */
  registrationEndpoint: string;
  /** `${url}/deeplink/return`, the deep_link_return_url of every deep linking request. */
  deepLinkReturnUrl: string;
  contextId: string;
  /** `${url}/contexts/${contextId}/memberships`, the context_memberships_url of the namesroleservice claim. */
  contextMembershipsUrl: string;
  /**
   * The course roster served by the membership service (NRPS 2.0), in order; empty at start, tests push to
   * it. A GET of contextMembershipsUrl needs `Authorization: Bearer <token with the contextmembership.readonly
   * scope>` (else 401 with WWW-Authenticate) and an Accept header naming the membership container type
   * (else 406); it answers 200 with `{ id: <request url>, context, members }`. Query parameters: `role`
   * keeps members having that role, given as a full URI or as the short name after its `#` (`Learner`);
   * `limit` (a positive integer) pages the members, `page` (from 1) picks the page, and as long as more
   * members follow, a `Link: <next page url>; rel="next"` header points on. Another context answers 404.
   */
  members: MockMember[];
  /** Requests to the membership service, whatever they were answered. */
  membershipRequests: number;
  /** The next n requests to the membership service answer 500, whatever they hold. */
  failMemberships(n: number): void;
  /** The tool's OIDC login initiation URL for this user and link, under fresh opaque hints. */
  loginUrl(user: MockUser, link: MockLink, options?: { storageTarget?: string }): string;
  /** The tool's OIDC login initiation URL for a Deep Linking request (LtiDeepLinkingRequest) by this user. */
  deepLinkUrl(user: MockUser, options?: DeepLinkOptions & { storageTarget?: string }): string;
  /**
   * `${url}/course/<opaque id>`: a course page (text/html) that frames, in `<iframe name="lti-tool">`, the
   * login initiation `loginUrl(user, link, { storageTarget: '_parent' })`, or with `deepLink` the one of
   * `deepLinkUrl(user, { storageTarget: '_parent' })`, issued now. The page itself implements LTI Client
   * Side postMessage platform storage: it answers `lti.capabilities` (supported: lti.put_data and
   * lti.get_data), `lti.put_data` and `lti.get_data`, keeping values per sender origin and key, in memory
   * for the life of the page; a missing key reads as a response without `value`; any other `lti.*`
   * request is answered with error `unsupported_subject`, a request without a non-empty string key with
   * `bad_request`. Every message it receives is recorded in `window.__ltiMessages` ({ origin, data }[]).
   */
  coursePageUrl(user: MockUser, link: MockLink, options?: { deepLink?: boolean }): string;
  /** Course pages served (GETs of an issued `/course/<id>`; unknown ids answer 404 and do not count). */
  coursePageRequests: number;
  /** Signs an id_token with the platform's current key (or a foreign key/kid for negative tests). */
  signIdToken(
    claims: Record<string, unknown>,
    options?: { foreignKey?: boolean; kid?: string; expiresInSeconds?: number; issuedAtOffsetSeconds?: number },
  ): Promise<string>;
  /**
   * Standard LTI resource-link launch claims, nonce included; signIdToken adds iat and exp. They carry the
   * namesroleservice claim unless `link.nrps` is false (deep linking requests always carry it).
   */
  launchClaims(user: MockUser, link: MockLink, nonce: string): Record<string, unknown>;
  /**
   * Deep Linking request claims, nonce included. Its `data` (given or `dl-data-<random>`) is remembered
   * together with acceptMultiple: the return endpoint accepts only responses that echo an issued value.
   */
  deepLinkClaims(user: MockUser, nonce: string, options?: DeepLinkOptions): Record<string, unknown>;
  /** A link to launch what the tool returned: content item `item` of accepted deep link `index` (default: the last one, first item). */
  linkFromDeepLink(index?: number, item?: number): MockLink;
  /** The tool's registration URL with `openid_configuration` and a fresh single-use `registration_token`. */
  registrationUrl(toolRegisterUrl: string): string;
  /** Replaces the platform signing key by a new one with a new kid; the JWKS then serves only the new key. */
  rotateKey(): Promise<void>;
  /** The next n POSTs to any scores endpoint answer 500, whatever they hold. */
  failScores(n: number): void;
  /** Status of a successful score post (default 200 with `{}`, as Moodle does; 204 answers with no body). */
  scoreStatus: number;
  scores: ReceivedScore[];
  rejectedScores: { status: number; reason: string }[];
  /** Accepted Deep Linking responses, oldest first. */
  deepLinks: ReceivedDeepLink[];
  /** Refused Deep Linking responses (each answered 400 text/plain with the reason). */
  rejectedDeepLinks: { reason: string }[];
  /** Line items created from content items with a `lineItem` (URLs `${url}/lineitems/<n>/lineitem`, n from 100). */
  lineItems: CreatedLineItem[];
  /** Successful dynamic registrations, oldest first; the last one is in force. */
  registrations: ReceivedRegistration[];
  /** Refused registration requests (401 for the token, 400 invalid_client_metadata for the rest). */
  rejectedRegistrations: { status: number; reason: string }[];
  openidConfigurationRequests: number;
  tokensIssued: number;
  jwksRequests: number;
  /** The fields of the last form post the auth endpoint produced. */
  lastAuthRequest: URLSearchParams | null;
  close(): Promise<void>;
};

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/';
const AGS_ENDPOINT = 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint';
const NRPS_CLAIM = 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice';
const MEMBERSHIP_TYPE = 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json';
const TOOL_CONFIGURATION = 'https://purl.imsglobal.org/spec/lti-tool-configuration';
const SCOPE_SCORE = 'https://purl.imsglobal.org/spec/lti-ags/scope/score';
const SCOPE_LINEITEM = 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem';
const SCOPE_LINEITEM_READONLY = 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly';
const SCOPE_RESULT_READONLY = 'https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly';
const SCOPE_MEMBERSHIP = 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';
const KNOWN_SCOPES = new Set([SCOPE_SCORE, SCOPE_LINEITEM_READONLY, SCOPE_LINEITEM, SCOPE_RESULT_READONLY, SCOPE_MEMBERSHIP]);
const SCORE_TYPE = 'application/vnd.ims.lis.v1.score+json';
const ACTIVITY = new Set(['Initialized', 'Started', 'InProgress', 'Submitted', 'Completed']);
const GRADING = new Set(['FullyGraded', 'Pending', 'PendingManual', 'Failed', 'NotReady']);
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

type SigningKey = { privateKey: CryptoKey; publicJwk: JWK; kid: string };
/** What a login initiation leads to: a resource-link launch or a deep linking request. */
type Message = { type: 'resourceLink'; link: MockLink } | { type: 'deepLink'; acceptMultiple: boolean; data: string };
type Launch = { user: MockUser; message: Message; loginHint: string; storageTarget?: string };
/** The tool as the platform knows it: from startMockLms's options, then from the last registration. */
type Tool = { loginUrl: string; launchUrl: string; redirectUris: string[]; deepLinkTargetUrl?: string; jwksUrl: string };
/** An HTTP answer; `challenge` adds a WWW-Authenticate header (RFC 6750), `headers` any others. */
type Answer = { status: number; body: string; type: string; challenge?: boolean; headers?: Record<string, string> };

/**
 * The platform storage half of LTI Client Side postMessages, run in the course page (the tool's
 * parent window, so lti_storage_target=_parent): values are kept per origin of the sender.
 */
const PLATFORM_STORAGE_SCRIPT = `(() => {
  const storage = new Map();
  const received = [];
  window.__ltiMessages = received;
  const supported = [{ subject: 'lti.put_data' }, { subject: 'lti.get_data' }];
  const badRequest = (message) => ({ error: { code: 'bad_request', message } });
  function answer(origin, data) {
    const hasKey = typeof data.key === 'string' && data.key !== '';
    const slot = origin + '\\u0000' + data.key;
    switch (data.subject) {
      case 'lti.capabilities':
        return { supported_messages: supported };
      case 'lti.put_data':
        if (!hasKey) return badRequest('key must be a non-empty string');
        if (data.value === undefined) return badRequest('value is required');
        storage.set(slot, data.value);
        return { key: data.key, value: data.value };
      case 'lti.get_data':
        if (!hasKey) return badRequest('key must be a non-empty string');
        return storage.has(slot) ? { key: data.key, value: storage.get(slot) } : { key: data.key };
      default:
        return { error: { code: 'unsupported_subject', message: 'unsupported subject ' + data.subject } };
    }
  }
  window.addEventListener('message', (event) => {
    const data = event.data;
    received.push({ origin: event.origin, data });
    if (typeof data !== 'object' || data === null || typeof data.subject !== 'string') return;
    // Only requests: not the platform's own answers, nor messages of other protocols.
    if (!data.subject.startsWith('lti.') || data.subject.endsWith('.response')) return;
    if (!event.source || event.origin === 'null') return; // an opaque origin cannot be answered
    const reply = { subject: data.subject + '.response', message_id: data.message_id, ...answer(event.origin, data) };
    event.source.postMessage(reply, event.origin);
  });
})();`;

const opaque = () => randomBytes(18).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

async function newSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return { privateKey, publicJwk: { ...publicJwk, kid, alg: 'RS256', use: 'sig' }, kid };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 1_000_000) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const send = (res: ServerResponse, status: number, body: string, type: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { ...headers, 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
};
const text = (status: number, body: string): Answer => ({ status, body, type: 'text/plain; charset=utf-8' });
const oauthError = (status: number, error: string, description: string): Answer => ({
  status,
  body: JSON.stringify({ error, error_description: description }),
  type: 'application/json',
});

/** Why a score body breaks AGS 2.0, or null when it is fine. */
function scoreProblem(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body must be a JSON object';
  const score = body as Record<string, unknown>;
  if (typeof score.userId !== 'string' || score.userId === '') return 'userId must be a non-empty string';
  if (score.scoreMaximum !== undefined && !(typeof score.scoreMaximum === 'number' && score.scoreMaximum > 0)) {
    return 'scoreMaximum must be a number > 0';
  }
  if (score.scoreGiven !== undefined) {
    if (typeof score.scoreGiven !== 'number' || !Number.isFinite(score.scoreGiven)) return 'scoreGiven must be a number';
    if (score.scoreMaximum === undefined) return 'scoreMaximum is required with scoreGiven';
    if (score.scoreGiven < 0 || score.scoreGiven > (score.scoreMaximum as number))
      return 'scoreGiven must lie in [0, scoreMaximum]';
  }
  if (!ACTIVITY.has(score.activityProgress as string))
    return `activityProgress ${JSON.stringify(score.activityProgress)} is not valid`;
  if (!GRADING.has(score.gradingProgress as string))
    return `gradingProgress ${JSON.stringify(score.gradingProgress)} is not valid`;
  if (typeof score.timestamp !== 'string' || !ISO_WITH_ZONE.test(score.timestamp) || Number.isNaN(Date.parse(score.timestamp))) {
    return 'timestamp must be an ISO 8601 date-time with a time zone';
  }
  return null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An absolute http(s) URL. */
function isAbsoluteUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const parsed = new URL(value);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

const isStringMap = (value: unknown): value is Record<string, string> =>
  isObject(value) && Object.values(value).every((entry) => typeof entry === 'string');

/** Why a Deep Linking content item breaks what this platform asked for (ltiResourceLink only), or null. */
function contentItemProblem(item: unknown, index: number): string | null {
  const at = `content_items[${index}]`;
  if (!isObject(item)) return `${at} must be an object`;
  if (item.type !== 'ltiResourceLink') return `${at}.type must be "ltiResourceLink", got ${JSON.stringify(item.type)}`;
  if (!isAbsoluteUrl(item.url)) return `${at}.url must be an absolute http(s) URL`;
  if (item.title !== undefined && typeof item.title !== 'string') return `${at}.title must be a string`;
  if (item.custom !== undefined && !isStringMap(item.custom)) return `${at}.custom must be an object of strings`;
  if (item.lineItem !== undefined) {
    const lineItem = item.lineItem;
    if (!isObject(lineItem)) return `${at}.lineItem must be an object`;
    const maximum = lineItem.scoreMaximum;
    if (typeof maximum !== 'number' || !Number.isFinite(maximum) || maximum <= 0)
      return `${at}.lineItem.scoreMaximum must be a number > 0`;
    for (const name of ['label', 'resourceId', 'tag']) {
      if (lineItem[name] !== undefined && typeof lineItem[name] !== 'string') return `${at}.lineItem.${name} must be a string`;
    }
  }
  return null;
}

/** Why a registration request breaks LTI Dynamic Registration 1.0 §3.5, or null. */
function registrationProblem(body: unknown): string | null {
  if (!isObject(body)) return 'the request must be a JSON object';
  if (body.application_type !== 'web') return 'application_type must be "web"';
  if (!Array.isArray(body.response_types) || !body.response_types.includes('id_token'))
    return 'response_types must include "id_token"';
  if (
    !Array.isArray(body.grant_types) ||
    !body.grant_types.includes('implicit') ||
    !body.grant_types.includes('client_credentials')
  )
    return 'grant_types must include "implicit" and "client_credentials"';
  if (!isAbsoluteUrl(body.initiate_login_uri)) return 'initiate_login_uri must be an absolute URL';
  if (!Array.isArray(body.redirect_uris) || body.redirect_uris.length === 0 || !body.redirect_uris.every(isAbsoluteUrl))
    return 'redirect_uris must be a non-empty array of absolute URLs';
  if (typeof body.client_name !== 'string' || body.client_name === '') return 'client_name must be a non-empty string';
  if (!isAbsoluteUrl(body.jwks_uri)) return 'jwks_uri must be an absolute URL';
  if (body.token_endpoint_auth_method !== 'private_key_jwt') return 'token_endpoint_auth_method must be "private_key_jwt"';
  if (typeof body.scope !== 'string') return 'scope must be a string (space-separated, may be empty)';
  const config = body[TOOL_CONFIGURATION];
  if (!isObject(config)) return `${TOOL_CONFIGURATION} must be an object`;
  if (typeof config.domain !== 'string' || config.domain === '') return 'the tool configuration needs a domain';
  if (!isAbsoluteUrl(config.target_link_uri)) return 'the tool configuration target_link_uri must be an absolute URL';
  if (config.messages !== undefined) {
    if (!Array.isArray(config.messages)) return 'the tool configuration messages must be an array';
    for (const [index, message] of config.messages.entries()) {
      if (!isObject(message) || typeof message.type !== 'string') return `messages[${index}] must be an object with a type`;
      if (message.target_link_uri !== undefined && !isAbsoluteUrl(message.target_link_uri))
        return `messages[${index}].target_link_uri must be an absolute URL`;
    }
  }
  if (
    config.claims !== undefined &&
    (!Array.isArray(config.claims) || !config.claims.every((claim) => typeof claim === 'string'))
  )
    return 'the tool configuration claims must be an array of strings';
  return null;
}

export async function startMockLms(options: {
  toolLoginUrl: string;
  toolLaunchUrl: string;
  toolJwksUrl: string;
  clientId?: string;
  deploymentId?: string;
}): Promise<MockLms> {
  let key = await newSigningKey();
  const foreignKey = await newSigningKey();
  const launches = new Map<string, Launch>(); // by lti_message_hint
  const accessTokens = new Map<string, { scopes: Set<string>; expiresAt: number }>();
  const usedJti = new Set<string>();
  const deepLinkData = new Map<string, { acceptMultiple: boolean }>(); // the data of every deep linking request issued
  const registrationTokens = new Map<string, { used: boolean }>();
  const coursePages = new Map<string, string>(); // the framed login initiation URL by course page id
  const tool: Tool = {
    loginUrl: options.toolLoginUrl,
    launchUrl: options.toolLaunchUrl,
    redirectUris: [options.toolLaunchUrl],
    jwksUrl: options.toolJwksUrl,
  };
  const remoteJwks = (jwksUrl: string) => createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 0 });
  let toolJwks = remoteJwks(tool.jwksUrl);
  let scoreFailures = 0;
  let membershipFailures = 0;
  let nextLineItem = 100;

  /** The login initiation URL of a message; its target is the launch URL, or a registered deep linking target. */
  function initiateLogin(user: MockUser, message: Message, storageTarget: string | undefined): string {
    const loginHint = opaque();
    const messageHint = opaque();
    launches.set(messageHint, { user, message, loginHint, storageTarget });
    const login = new URL(tool.loginUrl);
    login.searchParams.set('iss', lms.issuer);
    login.searchParams.set('login_hint', loginHint);
    login.searchParams.set('lti_message_hint', messageHint);
    login.searchParams.set('target_link_uri', targetLinkUri(message));
    login.searchParams.set('client_id', lms.clientId);
    login.searchParams.set('lti_deployment_id', lms.deploymentId);
    if (storageTarget) login.searchParams.set('lti_storage_target', storageTarget);
    return login.href;
  }

  const targetLinkUri = (message: Message) =>
    message.type === 'deepLink' ? (tool.deepLinkTargetUrl ?? tool.launchUrl) : tool.launchUrl;

  /** The claims every message from this platform carries: identity, deployment, roles and context. */
  function commonClaims(user: MockUser, nonce: string, messageType: string, target: string): Record<string, unknown> {
    const claims: Record<string, unknown> = {
      iss: lms.issuer,
      aud: lms.clientId,
      azp: lms.clientId,
      sub: user.sub,
      nonce,
      name: user.name,
    };
    if (user.givenName !== undefined) claims.given_name = user.givenName;
    if (user.familyName !== undefined) claims.family_name = user.familyName;
    if (user.email !== undefined) claims.email = user.email;
    claims[`${LTI}message_type`] = messageType;
    claims[`${LTI}version`] = '1.3.0';
    claims[`${LTI}deployment_id`] = lms.deploymentId;
    claims[`${LTI}target_link_uri`] = target;
    return claims;
  }

  async function auth(req: IncomingMessage, requestUrl: URL): Promise<Answer> {
    const params = req.method === 'POST' ? new URLSearchParams(await readBody(req)) : requestUrl.searchParams;
    const expected: [string, string][] = [
      ['scope', 'openid'],
      ['response_type', 'id_token'],
      ['response_mode', 'form_post'],
      ['prompt', 'none'],
      ['client_id', lms.clientId],
    ];
    for (const [name, value] of expected) {
      if (params.get(name) !== value)
        return text(400, `${name} must be ${JSON.stringify(value)}, got ${JSON.stringify(params.get(name))}`);
    }
    const redirectUri = params.get('redirect_uri') ?? '';
    if (!tool.redirectUris.includes(redirectUri)) {
      const allowed =
        tool.redirectUris.length === 1 ? JSON.stringify(tool.redirectUris[0]) : `one of ${JSON.stringify(tool.redirectUris)}`;
      return text(400, `redirect_uri must be ${allowed}, got ${JSON.stringify(params.get('redirect_uri'))}`);
    }
    const launch = launches.get(params.get('lti_message_hint') ?? '');
    if (!launch) return text(400, 'unknown lti_message_hint');
    if (params.get('login_hint') !== launch.loginHint) return text(400, 'login_hint does not match lti_message_hint');
    const nonce = params.get('nonce');
    if (!nonce) return text(400, 'nonce is required');

    const { message } = launch;
    const claims =
      message.type === 'deepLink'
        ? lms.deepLinkClaims(launch.user, nonce, { acceptMultiple: message.acceptMultiple, data: message.data })
        : lms.launchClaims(launch.user, message.link, nonce);
    const form = new URLSearchParams({ id_token: await lms.signIdToken(claims) });
    const state = params.get('state');
    if (state !== null) form.set('state', state);
    if (launch.storageTarget) form.set('lti_storage_target', launch.storageTarget);
    lms.lastAuthRequest = form;
    const inputs = [...form].map(
      ([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    );
    const html = `<!doctype html><html><body><form method="post" action="${escapeHtml(redirectUri)}">${inputs.join('')}</form><script>document.forms[0].submit()</script></body></html>`;
    return { status: 200, body: html, type: 'text/html; charset=utf-8' };
  }
  async function token(req: IncomingMessage): Promise<Answer> {
    const params = new URLSearchParams(await readBody(req));
    if (params.get('grant_type') !== 'client_credentials')
      return oauthError(400, 'unsupported_grant_type', 'grant_type must be client_credentials');
    if (params.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') {
      return oauthError(400, 'invalid_request', 'client_assertion_type must be jwt-bearer');
    }
    const assertion = params.get('client_assertion');
    if (!assertion) return oauthError(400, 'invalid_request', 'client_assertion is required');
    let jti: string;
    try {
      const { payload } = await jwtVerify(assertion, toolJwks, {
        algorithms: ['RS256'],
        issuer: lms.clientId,
        subject: lms.clientId,
        audience: lms.tokenUrl,
        requiredClaims: ['exp', 'jti', 'sub'],
      });
      jti = String(payload.jti);
    } catch (error) {
      return oauthError(401, 'invalid_client', `client assertion rejected: ${(error as Error).message}`);
    }
    if (usedJti.has(jti)) return oauthError(400, 'invalid_grant', 'client assertion jti was already used');
    usedJti.add(jti);
    const scopes = (params.get('scope') ?? '').split(' ').filter((scope) => KNOWN_SCOPES.has(scope));
    if (scopes.length === 0) return oauthError(400, 'invalid_scope', 'no supported scope requested');
    const accessToken = opaque();
    accessTokens.set(accessToken, { scopes: new Set(scopes), expiresAt: now() + 3600 });
    lms.tokensIssued += 1;
    const body = { access_token: accessToken, token_type: 'Bearer', expires_in: 3600, scope: scopes.join(' ') };
    return { status: 200, body: JSON.stringify(body), type: 'application/json' };
  }

  async function score(req: IncomingMessage, requestUrl: URL): Promise<Answer> {
    const reject = (status: number, reason: string) => {
      lms.rejectedScores.push({ status, reason });
      return { ...text(status, reason), challenge: status === 401 };
    };
    const raw = await readBody(req);
    if (scoreFailures > 0) {
      scoreFailures -= 1;
      return reject(500, 'failScores: simulated platform failure');
    }
    const authorization = req.headers.authorization ?? '';
    const grant = accessTokens.get(/^Bearer (\S+)$/i.exec(authorization)?.[1] ?? '');
    if (!grant || grant.expiresAt < now()) return reject(401, 'missing, unknown or expired bearer token');
    if (!grant.scopes.has(SCOPE_SCORE)) return reject(401, 'access token lacks the score scope');
    const contentType = req.headers['content-type'] ?? '';
    if (contentType.split(';')[0]?.trim().toLowerCase() !== SCORE_TYPE)
      return reject(415, `content-type must be ${SCORE_TYPE}, got ${contentType}`);
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return reject(400, 'body is not JSON');
    }
    const problem = scoreProblem(body);
    if (problem) return reject(400, problem);
    const lineItem = `${lms.url}${requestUrl.pathname.slice(0, -'/scores'.length)}${requestUrl.search}`;
    lms.scores.push({ lineItem, contentType, body: body as Record<string, unknown>, authorization });
    return lms.scoreStatus === 204
      ? { status: 204, body: '', type: '' }
      : { status: lms.scoreStatus, body: '{}', type: 'application/json' };
  }

  /** The Deep Linking response (Deep Linking 2.0 §4.2): a form post of a JWT the tool signed. */
  async function deepLinkReturn(req: IncomingMessage): Promise<Answer> {
    const reject = (reason: string) => {
      lms.rejectedDeepLinks.push({ reason });
      return text(400, reason);
    };
    const contentType = req.headers['content-type'] ?? '';
    const raw = await readBody(req);
    if (contentType.split(';')[0]?.trim().toLowerCase() !== 'application/x-www-form-urlencoded')
      return reject(`content-type must be application/x-www-form-urlencoded, got ${contentType}`);
    const jwt = new URLSearchParams(raw).get('JWT');
    if (!jwt) return reject('the JWT field is required');
    let claims: Record<string, unknown>;
    try {
      const { payload, protectedHeader } = await jwtVerify(jwt, toolJwks, {
        algorithms: ['RS256'],
        issuer: lms.clientId,
        audience: lms.issuer,
        requiredClaims: ['iat', 'exp', 'nonce'],
      });
      if (!protectedHeader.kid) return reject('the JWT header must carry a kid');
      claims = payload;
    } catch (error) {
      return reject(`deep linking response rejected: ${(error as Error).message}`);
    }
    if (typeof claims.nonce !== 'string' || claims.nonce === '') return reject('nonce must be a non-empty string');
    const messageType = claims[`${LTI}message_type`];
    if (messageType !== 'LtiDeepLinkingResponse')
      return reject(`message_type must be "LtiDeepLinkingResponse", got ${JSON.stringify(messageType)}`);
    if (claims[`${LTI}version`] !== '1.3.0')
      return reject(`version must be "1.3.0", got ${JSON.stringify(claims[`${LTI}version`])}`);
    const deployment = claims[`${LTI}deployment_id`];
    if (deployment !== lms.deploymentId)
      return reject(`deployment_id must be ${JSON.stringify(lms.deploymentId)}, got ${JSON.stringify(deployment)}`);
    const data = claims[`${DL}data`];
    const request = typeof data === 'string' ? deepLinkData.get(data) : undefined;
    if (!request) return reject(`data ${JSON.stringify(data)} does not echo a deep linking request of this platform`);
    const items = claims[`${DL}content_items`];
    if (!Array.isArray(items)) return reject('content_items must be an array');
    if (items.length > 1 && !request.acceptMultiple)
      return reject(`${items.length} content items, but the request did not accept multiple`);
    for (const [index, item] of items.entries()) {
      const problem = contentItemProblem(item, index);
      if (problem) return reject(problem);
    }
    const contentItems = items as DeepLinkContentItem[];
    const lineItemUrls = contentItems.map((item) => {
      if (!item.lineItem) return undefined;
      const created: CreatedLineItem = {
        url: `${lms.url}/lineitems/${nextLineItem++}/lineitem`,
        scoreMaximum: item.lineItem.scoreMaximum,
      };
      if (item.lineItem.label !== undefined) created.label = item.lineItem.label;
      if (item.lineItem.resourceId !== undefined) created.resourceId = item.lineItem.resourceId;
      if (item.lineItem.tag !== undefined) created.tag = item.lineItem.tag;
      if (item.title !== undefined) created.resourceLinkTitle = item.title;
      if (item.custom !== undefined) created.custom = item.custom;
      lms.lineItems.push(created);
      return created.url;
    });
    lms.deepLinks.push({ claims, contentItems, lineItemUrls });
    return { status: 200, body: '<p>Toegevoegd</p>', type: 'text/html; charset=utf-8' };
  }

  /** The context membership service (NRPS 2.0 §2): the roster, filtered by `role`, paged by `limit` and `page`. */
  function memberships(req: IncomingMessage, requestUrl: URL): Answer {
    lms.membershipRequests += 1;
    if (membershipFailures > 0) {
      membershipFailures -= 1;
      return text(500, 'failMemberships: simulated platform failure');
    }
    const grant = accessTokens.get(/^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '');
    if (!grant || grant.expiresAt < now()) return { ...text(401, 'missing, unknown or expired bearer token'), challenge: true };
    if (!grant.scopes.has(SCOPE_MEMBERSHIP))
      return { ...text(401, 'access token lacks the contextmembership.readonly scope'), challenge: true };
    const accepted = (req.headers.accept ?? '').split(',').map((type) => type.split(';')[0]?.trim().toLowerCase());
    if (!accepted.includes(MEMBERSHIP_TYPE)) return text(406, `accept must include ${MEMBERSHIP_TYPE}`);
    const contextId = decodeURIComponent(requestUrl.pathname.split('/')[2] ?? '');
    if (contextId !== context.id) return text(404, 'no such context');

    const query = requestUrl.searchParams;
    const role = query.get('role');
    let members = lms.members;
    if (role !== null) {
      members = members.filter((member) =>
        member.roles.some((uri) => uri === role || (uri.includes('#') && uri.slice(uri.indexOf('#') + 1) === role)),
      );
    }
    const headers: Record<string, string> = {};
    const limitParam = query.get('limit');
    if (limitParam !== null) {
      const limit = /^[1-9]\d*$/.test(limitParam) ? Number(limitParam) : NaN;
      const pageParam = query.get('page') ?? '1';
      const page = /^[1-9]\d*$/.test(pageParam) ? Number(pageParam) : NaN;
      if (!Number.isSafeInteger(limit)) return text(400, 'limit must be a positive integer');
      if (!Number.isSafeInteger(page)) return text(400, 'page must be a positive integer');
      const start = (page - 1) * limit;
      if (start + limit < members.length) {
        const next = new URL(`${lms.url}${requestUrl.pathname}${requestUrl.search}`);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.href}>; rel="next"`;
      }
      members = members.slice(start, start + limit);
    }
    const body = {
      id: `${lms.url}${requestUrl.pathname}${requestUrl.search}`,
      context: { ...context },
      members: members.map((member) => ({ ...member, roles: [...member.roles] })),
    };
    return { status: 200, body: JSON.stringify(body), type: MEMBERSHIP_TYPE, headers };
  }

  /** The platform's OpenID configuration (Dynamic Registration 1.0 §3.4), as Moodle 4.4 would serve it. */
  function openidConfiguration(): Answer {
    lms.openidConfigurationRequests += 1;
    const configuration = {
      issuer: lms.issuer,
      authorization_endpoint: lms.authUrl,
      token_endpoint: lms.tokenUrl,
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      token_endpoint_auth_signing_alg_values_supported: ['RS256'],
      jwks_uri: lms.jwksUrl,
      registration_endpoint: lms.registrationEndpoint,
      scopes_supported: ['openid', SCOPE_SCORE, SCOPE_LINEITEM, SCOPE_RESULT_READONLY, SCOPE_MEMBERSHIP],
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
    };
    return { status: 200, body: JSON.stringify(configuration), type: 'application/json' };
  }

  /** The registration endpoint (Dynamic Registration 1.0 §3.5-3.6); success switches the mock to the new client. */
  async function register(req: IncomingMessage): Promise<Answer> {
    const reject = (status: number, error: string, reason: string): Answer => {
      lms.rejectedRegistrations.push({ status, reason });
      return { ...oauthError(status, error, reason), challenge: status === 401 };
    };
    const raw = await readBody(req);
    const bearer = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const registrationToken = registrationTokens.get(bearer);
    if (!registrationToken) return reject(401, 'invalid_token', 'missing or unknown registration token');
    if (registrationToken.used) return reject(401, 'invalid_token', 'the registration token was already used');
    const contentType = req.headers['content-type'] ?? '';
    if (contentType.split(';')[0]?.trim().toLowerCase() !== 'application/json')
      return reject(400, 'invalid_client_metadata', `content-type must be application/json, got ${contentType}`);
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return reject(400, 'invalid_client_metadata', 'the request is not JSON');
    }
    const problem = registrationProblem(body);
    if (problem) return reject(400, 'invalid_client_metadata', problem);

    const request = body as Record<string, unknown>;
    const config = request[TOOL_CONFIGURATION] as Record<string, unknown>;
    registrationToken.used = true;
    const n = lms.registrations.length + 1;
    lms.clientId = `dyn-client-${n}`;
    lms.deploymentId = `dyn-dep-${n}`;
    const redirectUris = request.redirect_uris as string[];
    const messages = (config.messages ?? []) as Record<string, unknown>[];
    const deepLinking = messages.find((message) => message.type === 'LtiDeepLinkingRequest');
    tool.loginUrl = request.initiate_login_uri as string;
    tool.launchUrl = redirectUris[0]!;
    tool.redirectUris = [...redirectUris];
    tool.deepLinkTargetUrl = deepLinking?.target_link_uri as string | undefined;
    if (request.jwks_uri !== tool.jwksUrl) {
      tool.jwksUrl = request.jwks_uri as string;
      toolJwks = remoteJwks(tool.jwksUrl);
    }
    lms.registrations.push({ request, clientId: lms.clientId, deploymentId: lms.deploymentId });
    const answer = { ...request, client_id: lms.clientId, [TOOL_CONFIGURATION]: { ...config, deployment_id: lms.deploymentId } };
    return { status: 200, body: JSON.stringify(answer), type: 'application/json' };
  }

  /** A course page framing the tool, with platform storage in the page (LTI Client Side postMessages). */
  function coursePage(path: string): Answer {
    const frameUrl = coursePages.get(path.slice('/course/'.length));
    if (frameUrl === undefined) return text(404, 'no such course page');
    lms.coursePageRequests += 1;
    const title = escapeHtml(context.title);
    const html = [
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title>`,
      `<script>${PLATFORM_STORAGE_SCRIPT}</script></head><body>`,
      `<h1>${title}</h1>`,
      `<iframe name="lti-tool" title="Klantreis" src="${escapeHtml(frameUrl)}" style="width:100%;height:600px"`,
      ` allow="fullscreen; clipboard-write"></iframe>`,
      `</body></html>`,
    ].join('');
    return { status: 200, body: html, type: 'text/html; charset=utf-8' };
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const requestUrl = new URL(req.url ?? '/', lms.url);
    const path = requestUrl.pathname;
    let answer: Answer;
    if (req.method === 'GET' && path === '/jwks') {
      lms.jwksRequests += 1;
      answer = { status: 200, body: JSON.stringify({ keys: [key.publicJwk] }), type: 'application/json' };
    } else if ((req.method === 'GET' || req.method === 'POST') && path === '/auth') {
      answer = await auth(req, requestUrl);
    } else if (req.method === 'POST' && path === '/token') {
      answer = await token(req);
    } else if (req.method === 'POST' && path === '/deeplink/return') {
      answer = await deepLinkReturn(req);
    } else if (req.method === 'GET' && path === '/.well-known/openid-configuration') {
      answer = openidConfiguration();
    } else if (req.method === 'POST' && path === '/register') {
      answer = await register(req);
    } else if (req.method === 'GET' && path.startsWith('/course/')) {
      answer = coursePage(path);
    } else if (req.method === 'GET' && /^\/contexts\/[^/]+\/memberships$/.test(path)) {
      answer = memberships(req, requestUrl);
    } else if (req.method === 'POST' && path.endsWith('/scores')) {
      answer = await score(req, requestUrl);
    } else {
      answer = text(404, 'not found');
    }
    if (answer.status === 204) {
      res.writeHead(204).end();
      return;
    }
    if (answer.challenge) res.setHeader('www-authenticate', 'Bearer error="invalid_token"');
    send(res, answer.status, answer.body, answer.type, answer.headers);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, `mock LMS error: ${(error as Error).message}`, 'text/plain; charset=utf-8');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  const contextId = 'course-101';
  const context = { id: contextId, label: 'MKT1', title: 'Marketing 1' };
  /** The namesroleservice claim (NRPS 2.0 §3.6.1). */
  const namesRoleService = () => ({ context_memberships_url: lms.contextMembershipsUrl, service_versions: ['2.0'] });

  const lms: MockLms = {
    url,
    issuer: url,
    clientId: options.clientId ?? 'klantreis-test-client',
    deploymentId: options.deploymentId ?? 'dep-1',
    authUrl: `${url}/auth`,
    tokenUrl: `${url}/token`,
    jwksUrl: `${url}/jwks`,
    openidConfigurationUrl: `${url}/.well-known/openid-configuration`,
    registrationEndpoint: `${url}/register`,
    deepLinkReturnUrl: `${url}/deeplink/return`,
    contextId,
    contextMembershipsUrl: `${url}/contexts/${contextId}/memberships`,
    members: [],
    membershipRequests: 0,
    failMemberships(n) {
      membershipFailures = n;
    },
    loginUrl(user, link, loginOptions) {
      return initiateLogin(user, { type: 'resourceLink', link }, loginOptions?.storageTarget);
    },
    deepLinkUrl(user, deepLinkOptions = {}) {
      const message: Message = {
        type: 'deepLink',
        acceptMultiple: deepLinkOptions.acceptMultiple ?? false,
        data: deepLinkOptions.data ?? `dl-data-${opaque()}`,
      };
      return initiateLogin(user, message, deepLinkOptions.storageTarget);
    },
    coursePageUrl(user, link, pageOptions = {}) {
      const id = opaque();
      const frameUrl = pageOptions.deepLink
        ? lms.deepLinkUrl(user, { storageTarget: '_parent' })
        : lms.loginUrl(user, link, { storageTarget: '_parent' });
      coursePages.set(id, frameUrl);
      return `${url}/course/${id}`;
    },
    async signIdToken(claims, signOptions = {}) {
      const signer = signOptions.foreignKey ? foreignKey : key;
      const issuedAt = now() + (signOptions.issuedAtOffsetSeconds ?? 0);
      const expires = now() + (signOptions.expiresInSeconds ?? 300);
      return new SignJWT({ iat: issuedAt, exp: expires, ...claims })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: signOptions.kid ?? signer.kid })
        .sign(signer.privateKey);
    },
    launchClaims(user, link, nonce) {
      const claims = commonClaims(user, nonce, 'LtiResourceLinkRequest', tool.launchUrl);
      claims[`${LTI}resource_link`] = link.title === undefined ? { id: link.id } : { id: link.id, title: link.title };
      claims[`${LTI}roles`] = user.roles;
      claims[`${LTI}context`] = { ...context };
      if (link.custom) claims[`${LTI}custom`] = link.custom;
      if (link.nrps !== false) claims[NRPS_CLAIM] = namesRoleService();
      if (link.lineItem) {
        claims[AGS_ENDPOINT] = {
          scope: [SCOPE_SCORE, SCOPE_LINEITEM_READONLY],
          lineitem: link.lineItem,
          lineitems: `${url}/lineitems`,
        };
      }
      return claims;
    },
    deepLinkClaims(user, nonce, deepLinkOptions = {}) {
      const acceptMultiple = deepLinkOptions.acceptMultiple ?? false;
      const data = deepLinkOptions.data ?? `dl-data-${opaque()}`;
      deepLinkData.set(data, { acceptMultiple });
      const claims = commonClaims(
        user,
        nonce,
        'LtiDeepLinkingRequest',
        targetLinkUri({ type: 'deepLink', acceptMultiple, data }),
      );
      claims[`${LTI}roles`] = user.roles;
      claims[`${LTI}context`] = { ...context };
      claims[`${DL}deep_linking_settings`] = {
        deep_link_return_url: lms.deepLinkReturnUrl,
        accept_types: ['ltiResourceLink'],
        accept_presentation_document_targets: ['iframe', 'window'],
        accept_multiple: acceptMultiple,
        auto_create: true,
        title: 'Klantreis toevoegen',
        data,
      };
      claims[AGS_ENDPOINT] = { scope: [SCOPE_SCORE, SCOPE_LINEITEM], lineitems: `${url}/lineitems` };
      claims[NRPS_CLAIM] = namesRoleService();
      return claims;
    },
    linkFromDeepLink(index = lms.deepLinks.length - 1, item = 0) {
      const received = lms.deepLinks[index];
      const contentItem = received?.contentItems[item];
      if (!received || !contentItem) throw new Error(`no content item ${item} in deep link ${index}`);
      const link: MockLink = { id: item === 0 ? `dl-link-${index}` : `dl-link-${index}-${item}` };
      if (contentItem.title !== undefined) link.title = contentItem.title;
      if (contentItem.custom !== undefined) link.custom = contentItem.custom;
      const lineItem = received.lineItemUrls[item];
      if (lineItem !== undefined) link.lineItem = lineItem;
      return link;
    },
    registrationUrl(toolRegisterUrl) {
      const token = opaque();
      registrationTokens.set(token, { used: false });
      const registration = new URL(toolRegisterUrl);
      registration.searchParams.set('openid_configuration', lms.openidConfigurationUrl);
      registration.searchParams.set('registration_token', token);
      return registration.href;
    },
    async rotateKey() {
      key = await newSigningKey();
    },
    failScores(n) {
      scoreFailures = n;
    },
    scoreStatus: 200,
    scores: [],
    rejectedScores: [],
    deepLinks: [],
    rejectedDeepLinks: [],
    lineItems: [],
    registrations: [],
    rejectedRegistrations: [],
    openidConfigurationRequests: 0,
    coursePageRequests: 0,
    tokensIssued: 0,
    jwksRequests: 0,
    lastAuthRequest: null,
    async close() {
      const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      server.closeAllConnections();
      await closed;
    },
  };
  return lms;
}
