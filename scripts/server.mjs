// The production server (`npm start` runs it after a build): Next's request handler behind the
// checks of lib/http/gate.ts, which need what `next start` does not give the app: the socket's
// address (so a client cannot choose its own address with X-Forwarded-For) and a say before Next
// reads a body. It opens the database before it listens (instrumentation.ts) and stops with a
// clear message when that fails, e.g. when another process holds the data folder.
//   PORT (3000), HOST (all interfaces), TRUST_PROXY_HOPS (0), SITE_URL (the request's own host)
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlibConstants } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(path.join(root, 'package.json'));
const { transformSync } = require('esbuild');
const { code } = transformSync(readFileSync(path.join(root, 'lib/http/gate.ts'), 'utf8'), { loader: 'ts', format: 'esm' });
const { gate, gateConfig } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

let config;
try {
  config = gateConfig(process.env);
} catch (error) {
  console.error(`Klantreis start niet: ${error.message}`);
  process.exit(1);
}
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || undefined;
process.env.NODE_ENV = 'production';

// Tells the app (lib/server/request.server.ts) that the client-address header comes from here.
globalThis.__klantreisGate = true;
const next = require('next');
const app = next({ dev: false, dir: root, hostname: host ?? 'localhost', port });
try {
  await app.prepare();
} catch (error) {
  console.error(`Klantreis start niet: ${error?.message ?? error}`);
  process.exit(1);
}
const handle = app.getRequestHandler();

// Compression of what Next answers (next.config.mjs turns Next's own, gzip only, off): brotli where
// the browser accepts it, else gzip. Brotli at quality 5 makes a lesson's HTML about a quarter
// smaller than gzip (31 → 23 kB) for 4 ms more of this thread; on a slow phone line that is the
// document's last round trip. Next flushes each streamed chunk (res.flush), so streaming still streams.
const compression = require('compression');
const Negotiator = require('negotiator');
const compress = compression({
  brotli: {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT },
  },
});
const handleCompressed = (request, response) =>
  new Promise((resolve, reject) => compress(request, response, () => handle(request, response).then(resolve, reject)));

// instrumentation.ts opens the database in the background of prepare(); wait for it, so that a
// folder in use or a failed migration stops the process before it listens.
for (let waited = 0; !globalThis.__klantreisStartup && waited < 300; waited++)
  await new Promise((resolve) => setTimeout(resolve, 100));
if (!globalThis.__klantreisStartup) {
  console.error('Klantreis start niet: de database werd na 30 seconden nog niet geopend.');
  process.exit(1);
}
await globalThis.__klantreisStartup;

// The service worker of this build (scripts/build-sw.mjs), built at the first start after a build.
// It is served from here, not from public/: it is made from the build, after it.
const { ensureServiceWorker, workerFile } = await import('./build-sw.mjs');
let serviceWorker;
try {
  serviceWorker = { body: await ensureServiceWorker(root), changed: statSync(workerFile(root)).mtimeMs };
} catch (error) {
  console.error(`Klantreis start niet: de service worker kon niet worden gemaakt (${error?.message ?? error}).`);
  process.exit(1);
}

// A lingering close (as nginx's lingering_close). An answer that closes its connection while the
// request's body is still arriving (a refusal, or the fast lane's 413) must not close the socket
// on unread bytes: the kernel then answers with a reset, and the client can lose the answer and
// see only a broken pipe. So the answer goes out with a FIN, what the client still sends is read
// and dropped (Node's parser dumps the body) for at most LINGER_MS or LINGER_BYTES, and only then
// is the socket destroyed. Node's server closes such a socket with destroySoon(), which is
// replaced for this one socket.
const LINGER_MS = 2000;
const LINGER_BYTES = 1024 * 1024;

function lingerOnClose(response) {
  const socket = response.socket;
  if (!socket || socket.destroySoon === lingeringClose) return;
  socket.destroySoon = lingeringClose;
  // Node dumps an unread body itself, but not one a handler began to read (the fast lane's).
  response.once('finish', () => response.req?.resume());
}

function lingeringClose() {
  if (this.destroyed) return;
  this.end();
  const limit = this.bytesRead + LINGER_BYTES;
  const check = setInterval(() => this.bytesRead > limit && this.destroy(), 50).unref();
  const stop = setTimeout(() => this.destroy(), LINGER_MS).unref();
  this.once('close', () => {
    clearInterval(check);
    clearTimeout(stop);
  });
}

function refuse(response, verdict) {
  lingerOnClose(response);
  const body = verdict.json
    ? JSON.stringify({ error: verdict.message })
    : `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Geweigerd – Klantreis</title><p>${verdict.message}</p><p><a href="/">Naar de start</a></p></html>`;
  response.writeHead(verdict.status, {
    'content-type': verdict.json ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    connection: 'close',
  });
  response.end(body);
}

// The fast lane: a student's save and hand-in go to their handler directly, past Next's router,
// which costs about 2.5 ms of this one thread per request (a class of 300 handing in at the bell
// then waits most of a second on routing alone). The handlers (lib/server/student-routes.server.ts,
// registered by instrumentation.ts) read only the headers and the body, and answer with a status and
// JSON: no Web Request, stream or Response is made for them here, which would cost about half a
// millisecond more. The answer gets the security headers of next.config.mjs. Anything else about the
// request, and KLANTREIS_FAST_LANE=0, leaves it to Next.
const FAST_LANE = /^\/api\/opdracht\/([A-Za-z0-9]{1,20})\/(inleveren|antwoorden)(?:\?.*)?$/;
const fastLaneOn = process.env.KLANTREIS_FAST_LANE !== '0';
const { securityHeaders } = await import('../next.config.mjs');
const siteHeaders = securityHeaders.map(({ key, value }) => [key, value]);

/**
 * /sw.js: never from a cache without asking (a new build must reach the browser), same headers as a
 * page. A worker built again (`node scripts/build-sw.mjs`) is served from then on, without a restart.
 */
function serveWorker(request, response) {
  const file = workerFile(root);
  const changed = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  if (changed !== undefined && changed !== serviceWorker.changed) serviceWorker = { body: readFileSync(file), changed };
  const { body } = serviceWorker;
  response.writeHead(200, [
    ...siteHeaders.flat(),
    'content-type',
    'text/javascript; charset=utf-8',
    'cache-control',
    'no-cache',
    'content-length',
    String(body.length),
  ]);
  response.end(request.method === 'HEAD' ? undefined : body);
}

// The static lane: Next's content-hashed scripts and stylesheets (/_next/static/), which never
// change under their name, come from memory, compressed once at the strongest settings (brotli 11,
// gzip 9) instead of for every request. A lesson's scripts and stylesheets are 183 kB at brotli 5,
// 167 kB at brotli 11; and a class that opens the course at once costs this thread no compression.
// Anything else (another type, a Range request, a query, a file that is not there) goes to Next.
const STATIC_PREFIX = '/_next/static/';
const STATIC_PATH = /^\/_next\/static\/[A-Za-z0-9._~/-]+\.(?:js|css)$/;
const STATIC_TYPES = { '.js': 'application/javascript; charset=UTF-8', '.css': 'text/css; charset=UTF-8' };
const staticDir = path.join(root, '.next', 'static');
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** url path → the promise of its asset; only files that exist stay in it (a flood of misses does not grow it). */
const staticAssets = new Map();

async function loadStaticAsset(urlPath) {
  const file = path.join(staticDir, urlPath.slice(STATIC_PREFIX.length));
  if (!file.startsWith(staticDir + path.sep)) return null;
  const raw = await readFile(file).catch(() => null);
  if (!raw) return null;
  const [br, gz] = await Promise.all([
    brotliAsync(raw, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
        [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
    gzipAsync(raw, { level: 9 }),
  ]);
  const etag = `"${createHash('sha256').update(raw).digest('base64url').slice(0, 22)}"`;
  return { type: STATIC_TYPES[path.extname(file)], bodies: { br, gzip: gz, identity: raw }, etag };
}

function staticAsset(urlPath) {
  let asset = staticAssets.get(urlPath);
  if (!asset) {
    asset = loadStaticAsset(urlPath);
    staticAssets.set(urlPath, asset);
    asset.then((loaded) => loaded ?? staticAssets.delete(urlPath)).catch(() => staticAssets.delete(urlPath));
  }
  return asset;
}

async function serveStatic(request, response) {
  const asset = await staticAsset(request.url);
  if (!asset) return handleCompressed(request, response);
  // The same negotiation as the compression middleware's (negotiator): brotli if the client takes
  // it, else gzip, else the file as it is.
  const encoding = new Negotiator(request).encoding(['br', 'gzip', 'identity'], ['br', 'gzip']) ?? 'identity';
  const headers = [
    ...siteHeaders,
    ['cache-control', 'public, max-age=31536000, immutable'],
    ['content-type', asset.type],
    ['vary', 'Accept-Encoding'],
    ['etag', asset.etag],
  ];
  if (request.headers['if-none-match']?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === asset.etag)) {
    response.writeHead(304, headers.flat());
    return void response.end();
  }
  const body = asset.bodies[encoding];
  if (encoding !== 'identity') headers.push(['content-encoding', encoding]);
  headers.push(['content-length', String(body.length)]);
  response.writeHead(200, headers.flat());
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Compresses every script and stylesheet of the build once, one after the other, after the start. */
async function warmStaticAssets() {
  const files = readdirSync(staticDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:js|css)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  for (const file of files) await staticAsset(STATIC_PREFIX + path.relative(staticDir, file).split(path.sep).join('/'));
}

/** The handler for this request when it may take the fast lane, else null. */
function fastLane(request) {
  const match = fastLaneOn ? FAST_LANE.exec(request.url ?? '') : null;
  const lane = match && globalThis.__klantreisFastLane?.[match[2]];
  return lane && lane.method === request.method ? { handler: lane.handler, code: match[1] } : null;
}

/** The body as text, read up to `max` bytes; null when it is larger (the rest is never read). */
function bodyText(request, max) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const settle = (finish) => {
      request.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      finish();
    };
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      request.pause();
      settle(() => resolve(null));
    };
    const onEnd = () => settle(() => resolve(Buffer.concat(chunks).toString('utf8')));
    const onError = (error) => settle(() => reject(error));
    const onClose = () => settle(() => reject(new Error('The client closed the connection before its body arrived.')));
    request.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

// The most of a body the fast lane reads when its handler refused the request without reading it
// (as lib/server/request.server.ts's MAX_BODY_BYTES): read and dropped, the connection can carry
// the student's next request.
const UNREAD_LIMIT = 64 * 1024;

async function takeFastLane(request, response, { handler, code }) {
  let reading = null;
  const text = (max) => (reading ??= bodyText(request, max));
  const reply = await handler({ headers: request.headers, text }, code);
  // A body larger than allowed is not read to its end: the connection closes after the answer.
  const keep = request.complete || (!reading && (await bodyText(request, UNREAD_LIMIT).catch(() => null)) !== null);
  const body = JSON.stringify(reply.json);
  const out = [...siteHeaders, ['content-type', 'application/json'], ['content-length', String(Buffer.byteLength(body))]];
  for (const [name, value] of Object.entries(reply.headers ?? {})) out.push([name, value]);
  if (!keep) {
    out.push(['connection', 'close']);
    lingerOnClose(response);
  }
  response.writeHead(reply.status, out.flat());
  response.end(body);
}

/** What a request that failed in a handler gets: a 500 with a Dutch message, if nothing went out yet. */
const failed = (response) => (error) => {
  console.error('Request failed:', error?.name ?? 'Error');
  if (!response.headersSent) refuse(response, { status: 500, message: 'Er ging iets mis op de server.', json: false });
};

const server = createServer((request, response) => {
  const verdict = gate(
    {
      method: request.method ?? 'GET',
      url: request.url ?? '/',
      headers: request.headers,
      socketAddress: request.socket.remoteAddress,
    },
    config,
  );
  if (!verdict.ok) return refuse(response, verdict);
  for (const name of verdict.remove) delete request.headers[name];
  Object.assign(request.headers, verdict.set);
  if (verdict.https) response.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
  const getOrHead = request.method === 'GET' || request.method === 'HEAD';
  if (getOrHead && /^\/sw\.js(?:\?|$)/.test(request.url ?? '')) return serveWorker(request, response);
  if (getOrHead && STATIC_PATH.test(request.url ?? '') && request.headers.range === undefined)
    return void serveStatic(request, response).catch(failed(response));
  const lane = fastLane(request);
  (lane ? takeFastLane(request, response, lane) : handleCompressed(request, response)).catch(failed(response));
});
server.listen(port, host, () => {
  console.log(`Klantreis draait op http://${host ?? 'localhost'}:${port} (Ready)`);
  warmStaticAssets().catch((error) => console.error('Static files not compressed ahead:', error?.message ?? error));
});

function stop() {
  server.close(() => process.exit(0));
  // Keep-alive connections must not hold the process (and the data folder's lock) forever.
  setTimeout(() => process.exit(0), 3000).unref();
  server.closeIdleConnections?.();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
