import 'server-only';
import { z } from 'zod';
import type { Db } from '../db/client.server';
import { registerPlatform, type Platform } from '../db/lti.server';
import { fetchJson } from './fetch.server';
import { AGS_SCORE_SCOPE } from './claims';
import { acceptableUrl } from './registration';

// LTI Dynamic Registration 1.0: the LMS opens our registration address (made by the admin on
// /docent/beheer, with a one-time token) with its OpenID configuration and a registration token. We
// read the configuration, send our tool's details to its registration endpoint, and store the
// platform with the client id (and deployment id) it gives back. Only https addresses are fetched
// (plain http on this machine only), with a time limit and a size limit.

const TOOL_CONFIGURATION = 'https://purl.imsglobal.org/spec/lti-tool-configuration';
const PLATFORM_CONFIGURATION = 'https://purl.imsglobal.org/spec/lti-platform-configuration';
const LINE_ITEM_SCOPE = 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem';

const address = z.string().max(1000).refine(acceptableUrl);

const OpenIdConfiguration = z.looseObject({
  issuer: address,
  authorization_endpoint: address,
  token_endpoint: address,
  jwks_uri: address,
  registration_endpoint: address,
  scopes_supported: z.array(z.string()).optional(),
  [PLATFORM_CONFIGURATION]: z.looseObject({ product_family_code: z.string().max(100).optional() }).optional(),
});

const RegistrationAnswer = z.looseObject({
  client_id: z.string().min(1).max(500),
  [TOOL_CONFIGURATION]: z.looseObject({ deployment_id: z.string().min(1).max(255).optional() }).optional(),
});

export type ToolUrls = { login: string; launch: string; jwks: string };

export type Registered = { ok: true; platform: Platform; issuerOrigin: string } | { ok: false; error: string };

/** What we ask the platform to register. */
function toolRegistration(tool: ToolUrls, scopes: readonly string[] | undefined) {
  const wanted = [AGS_SCORE_SCOPE, LINE_ITEM_SCOPE].filter((scope) => !scopes || scopes.includes(scope));
  return {
    application_type: 'web',
    response_types: ['id_token'],
    grant_types: ['implicit', 'client_credentials'],
    initiate_login_uri: tool.login,
    redirect_uris: [tool.launch],
    client_name: 'Klantreis',
    jwks_uri: tool.jwks,
    token_endpoint_auth_method: 'private_key_jwt',
    scope: wanted.join(' '),
    [TOOL_CONFIGURATION]: {
      domain: new URL(tool.launch).host,
      description: 'Een interactieve cursus over de customer journey, met opdrachten die de server nakijkt.',
      target_link_uri: tool.launch,
      claims: ['iss', 'sub', 'name', 'given_name', 'family_name'],
      messages: [
        { type: 'LtiResourceLinkRequest', target_link_uri: tool.launch },
        { type: 'LtiDeepLinkingRequest', target_link_uri: tool.launch, label: 'Klantreis toevoegen' },
      ],
    },
  };
}

/** Registers Klantreis with the platform behind `openidConfiguration`, and stores that platform. */
export async function registerDynamically(
  db: Db,
  input: { openidConfiguration: string; registrationToken: string | null },
  tool: ToolUrls,
): Promise<Registered> {
  const failed = (error: string): Registered => ({ ok: false, error });
  if (!acceptableUrl(input.openidConfiguration))
    return failed('Het LMS gaf geen geldig https-adres voor zijn configuratie (openid_configuration).');
  let configuration: z.output<typeof OpenIdConfiguration>;
  try {
    const parsed = OpenIdConfiguration.safeParse(await fetchJson(input.openidConfiguration));
    if (!parsed.success)
      return failed(
        'De configuratie van het LMS mist gegevens die Klantreis nodig heeft (adressen van inloggen, tokens en sleutels).',
      );
    configuration = parsed.data;
  } catch {
    return failed('Klantreis kon de configuratie van het LMS niet ophalen. Probeer het over een minuut opnieuw.');
  }
  // The configuration must come from the platform's own site (Dynamic Registration 1.0, 3.5.1).
  if (new URL(configuration.issuer).host !== new URL(input.openidConfiguration).host)
    return failed('De configuratie komt niet van het LMS dat ze noemt (issuer en adres verschillen).');
  let answer: z.output<typeof RegistrationAnswer>;
  try {
    const parsed = RegistrationAnswer.safeParse(
      await fetchJson(configuration.registration_endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(input.registrationToken ? { authorization: `Bearer ${input.registrationToken}` } : {}),
        },
        body: JSON.stringify(toolRegistration(tool, configuration.scopes_supported)),
      }),
    );
    if (!parsed.success) return failed('Het LMS gaf na het aanmelden geen client-id terug.');
    answer = parsed.data;
  } catch {
    return failed(
      'Het LMS weigerde de aanmelding van Klantreis. Maak op /docent/beheer een nieuwe registratie-URL en probeer het opnieuw.',
    );
  }
  const family = configuration[PLATFORM_CONFIGURATION]?.product_family_code;
  const host = new URL(configuration.issuer).host;
  const deployment = answer[TOOL_CONFIGURATION]?.deployment_id;
  const registered = await registerPlatform(db, {
    name: family ? `${family.charAt(0).toUpperCase()}${family.slice(1)} (${host})` : host,
    issuer: configuration.issuer,
    clientId: answer.client_id,
    deploymentIds: deployment ? [deployment] : [],
    authUrl: configuration.authorization_endpoint,
    tokenUrl: configuration.token_endpoint,
    jwksUrl: configuration.jwks_uri,
  });
  if (!registered.ok) return failed('Dit LMS is met deze client-id al aangemeld bij Klantreis.');
  return { ok: true, platform: registered.platform, issuerOrigin: new URL(configuration.issuer).origin };
}
