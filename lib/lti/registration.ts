import { z } from 'zod';

// What an admin fills in to register an LMS platform by hand (/docent/beheer), checked before it is
// stored: every address HTTPS to a public host (plain http only on this machine, for tests).

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether an address names this machine or a private network by IP (10/8, 172.16/12, 192.168/16,
 * 127/8, 169.254/16 (cloud metadata), 0/8, fc00::/7, fe80::/10, ::1): never fetched for an LMS.
 */
function privateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (LOCAL_HOSTS.has(hostname) || host === '::1' || host === '::' || /^(fc|fd|fe[89ab])[0-9a-f]*:/.test(host)) return true;
  const ipv4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
  if (!ipv4) return false;
  const [a, b] = [Number(ipv4[1]), Number(ipv4[2])];
  return (
    a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)
  );
}

/**
 * Whether the tests' local LMS may be used: outside production, or with LTI_ALLOW_LOCAL=1 (the
 * browser tests and the benchmark run the production server against a mock LMS on localhost).
 */
export const localAllowed = () => process.env.NODE_ENV !== 'production' || process.env.LTI_ALLOW_LOCAL === '1';

/**
 * Whether a platform address may be used (fetched or posted to): https to a public host; plain http
 * to this machine only where local LMSes are allowed.
 */
export function acceptableUrl(value: string, allowLocal = localAllowed()): boolean {
  try {
    const url = new URL(value);
    if (url.username || url.password) return false;
    if (LOCAL_HOSTS.has(url.hostname)) return allowLocal && (url.protocol === 'http:' || url.protocol === 'https:');
    return url.protocol === 'https:' && !privateHost(url.hostname);
  } catch {
    return false;
  }
}

const address = (label: string) =>
  z
    .string(`${label} ontbreekt.`)
    .trim()
    .min(1, `${label} ontbreekt.`)
    .max(1000, `${label} is te lang.`)
    .refine(acceptableUrl, `${label} moet een volledig https-adres zijn (https://…).`);

/** Deployment ids as typed: separated by commas, spaces or new lines. */
const splitDeploymentIds = (value: string) => [...new Set(value.split(/[\s,]+/).filter(Boolean))];

export const PlatformFormSchema = z.strictObject({
  name: z.string('Naam ontbreekt.').trim().min(1, 'Geef het LMS een naam, bijvoorbeeld "Moodle van het Noorderpoort".').max(200),
  issuer: address('Issuer (platform-id)'),
  clientId: z.string('Client-id ontbreekt.').trim().min(1, 'Client-id ontbreekt.').max(500, 'Client-id is te lang.'),
  deploymentIds: z
    .string('Deployment-id ontbreekt.')
    .max(4000, 'Er staan te veel deployment-ids in.')
    .transform(splitDeploymentIds)
    .refine((ids) => ids.length > 0, 'Vul minstens één deployment-id in.')
    .refine((ids) => ids.length <= 50 && ids.every((id) => id.length <= 255), 'Er staan te veel of te lange deployment-ids in.'),
  authUrl: address('Het inlogadres (authorization endpoint)'),
  tokenUrl: address('Het tokenadres (access token URL)'),
  jwksUrl: address('Het adres van de sleutels (JWKS / public keyset URL)'),
});
export type PlatformForm = z.output<typeof PlatformFormSchema>;
