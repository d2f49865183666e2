// The first check of every request, before Next sees it (scripts/server.mjs applies it). Pure:
// headers and settings in, a verdict out. It decides which address a request comes from (trusting
// forwarding headers only from as many proxies as the settings name), refuses paths that cannot be
// decoded, and refuses cross-site or oversized posts to pages (server actions) with a 4xx instead
// of letting them reach Next, which answers those with a 500.

export type GateConfig = {
  /** How many reverse proxies stand in front and add X-Forwarded-*; 0 trusts no forwarding header. */
  trustedProxies: number;
  /** The site's public origin (SITE_URL), or null: then the request's own Host is the site. */
  siteOrigin: string | null;
  /** The largest body a page post (server action) may have. */
  maxActionBytes: number;
  /** The largest body a JSON endpoint under /api/ may declare (the route also counts as it reads). */
  maxApiBytes: number;
};

export type GateRequest = {
  method: string;
  url: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  socketAddress: string | undefined;
};

export type GateVerdict =
  | { ok: true; client: string; remove: string[]; set: Record<string, string>; https: boolean }
  | { ok: false; status: 400 | 403 | 411 | 413; message: string; json: boolean };

/** The header that carries the client's address to the app; never taken from the client. */
export const CLIENT_HEADER = 'x-klantreis-client';
const FORWARDING = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded', 'x-real-ip'];

/** Reads the settings from the environment; a bad value is an error in Dutch. */
export function gateConfig(env: Readonly<Record<string, string | undefined>>): GateConfig {
  const hops = env.TRUST_PROXY_HOPS?.trim() || '0';
  if (!/^\d{1,2}$/.test(hops))
    throw new Error(`TRUST_PROXY_HOPS moet een heel getal zijn (het aantal proxy's vóór de server), niet "${hops}".`);
  return {
    trustedProxies: Number(hops),
    siteOrigin: siteOrigin(env.SITE_URL),
    maxActionBytes: 1024 * 1024,
    maxApiBytes: 64 * 1024,
  };
}

/** SITE_URL's origin ("https://klantreis.school.nl"), or null when it is not set. */
export function siteOrigin(value: string | undefined): string | null {
  if (!value?.trim()) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL is geen geldig adres: "${value}". Voorbeeld: https://klantreis.school.nl`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL moet met http:// of https:// beginnen, niet "${value}".`);
  return url.origin;
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(',') : value);

/**
 * The client's address. Each proxy appends the address it received from to X-Forwarded-For, and
 * the last proxy is the socket's peer; with N trusted proxies the client is the address N places
 * from the end of that chain. Anything further left was written by the client and is ignored.
 */
export function clientAddress(
  forwardedFor: string | undefined,
  socketAddress: string | undefined,
  trustedProxies: number,
): string {
  const socket = socketAddress || 'onbekend';
  if (trustedProxies <= 0) return socket;
  const chain = [
    ...(forwardedFor ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
    socket,
  ];
  return (chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? socket).slice(0, 100);
}

/** The path as a URL parser (and so Next) resolves it: dot segments and their escapes removed. */
function pathnameOf(url: string): string {
  try {
    return new URL(url, 'http://klantreis.invalid').pathname;
  } catch {
    return url;
  }
}

/** Whether every percent-escape in the path decodes (Next answers "/lessen/%" with a 500). */
function decodable(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** The origin the site is served at, as far as this request can tell. */
export function expectedOrigin(
  headers: GateRequest['headers'],
  config: Pick<GateConfig, 'siteOrigin' | 'trustedProxies'>,
): string | null {
  if (config.siteOrigin) return config.siteOrigin;
  const trusted = config.trustedProxies > 0;
  const host = (trusted && one(headers['x-forwarded-host'])?.split(',')[0]?.trim()) || one(headers.host);
  if (!host) return null;
  const proto = trusted && one(headers['x-forwarded-proto'])?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}

/** Whether `origin` is the site's own (compared as hosts when the scheme is unknown behind no proxy). */
export function sameOriginAs(origin: string | undefined, expected: string | null): boolean {
  if (!origin || !expected) return false;
  try {
    const given = new URL(origin);
    const wanted = new URL(expected);
    return given.host === wanted.host && (given.protocol === wanted.protocol || wanted.protocol === 'http:');
  } catch {
    return false;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function gate(request: GateRequest, config: GateConfig): GateVerdict {
  // As Next will see the path: "/api/../docent" is the page /docent, not an API route.
  const api = pathnameOf(request.url).startsWith('/api/');
  const refuse = (status: 400 | 403 | 411 | 413, message: string): GateVerdict => ({ ok: false, status, message, json: api });
  if (!decodable(request.url)) return refuse(400, 'Dit adres klopt niet: er staat een % in zonder geldige code erachter.');

  if (UNSAFE.has(request.method.toUpperCase())) {
    const declared = one(request.headers['content-length']);
    const length = declared === undefined ? undefined : Number(declared);
    if (api) {
      if (length !== undefined && !(length <= config.maxApiBytes)) return refuse(413, 'Dit verzoek is te groot.');
    } else {
      // A post to a page is a server action (a teacher's form). It must come from this site.
      if (!sameOriginAs(one(request.headers.origin), expectedOrigin(request.headers, config))) {
        return refuse(403, 'Dit formulier komt niet van deze site en is geweigerd.');
      }
      // Browsers always say how long a form is; a body of unknown length is not read.
      if (length === undefined) return refuse(411, 'Dit verzoek zegt niet hoe groot het is en is geweigerd.');
      if (!(length <= config.maxActionBytes)) return refuse(413, 'Dit formulier is te groot.');
    }
  }

  const client = clientAddress(one(request.headers['x-forwarded-for']), request.socketAddress, config.trustedProxies);
  const remove = [CLIENT_HEADER, ...(config.trustedProxies > 0 ? [] : FORWARDING)];
  const https = expectedOrigin(request.headers, config)?.startsWith('https:') ?? false;
  return { ok: true, client, remove, set: { [CLIENT_HEADER]: client, 'x-forwarded-for': client }, https };
}
