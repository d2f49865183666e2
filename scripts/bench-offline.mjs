// Offline (issue 19), measured on the existing build: what the service worker precaches, and how long
// a first visit takes on a Fast 3G line until the whole course works offline.
//   node scripts/bench-offline.mjs        (npm run bench runs it after its own numbers)
//
// The line: DevTools' "Fast 3G" (562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up). Chromium's
// own network emulation applies to a page, not to its service worker, which does the precaching;
// so the line is a proxy between Chromium and the server, which holds every chunk for half the
// round trip and lets the bytes through at that rate, per direction, for all connections together.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { precacheList } from './build-sw.mjs';
import { startServer } from './spawn-server.mjs';

const root = path.resolve(import.meta.dirname, '..');
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;
const FAST_3G = { roundTripMs: 562.5, downBytesPerSecond: (1.6e6 * 0.9) / 8, upBytesPerSecond: (750e3 * 0.9) / 8 };

// The precache: every file, its size on disk and gzipped (the server compresses pages and scripts).
const { entries, size, files } = await precacheList(root);
let gzipped = 0;
for (const { url } of entries) {
  const bytes = readFileSync(path.join(root, files.get(url)));
  gzipped += url.endsWith('.png') ? bytes.length : gzipSync(bytes).length;
}
console.log(`\nPrecache: ${entries.length} files, ${kb(size)} on disk, about ${kb(gzipped)} over the line (gzip)`);

/** One direction of the line: when bytes sent now arrive (the rate is shared by all connections). */
function lane(rate, delay) {
  let free = 0;
  return (bytes) => {
    free = Math.max(free, Date.now()) + (bytes / rate) * 1000;
    return free + delay;
  };
}

/** Carries `from`'s bytes, then its end, to `to` over a lane, in order. */
function carry(arrival, from, to) {
  const queue = [];
  let waiting = false;
  const pump = () => {
    waiting = false;
    while (queue.length > 0) {
      const wait = queue[0].at - Date.now();
      if (wait > 0) {
        waiting = true;
        setTimeout(pump, wait);
        return;
      }
      const { chunk } = queue.shift();
      if (chunk) to.write(chunk);
      else to.end();
    }
  };
  const send = (chunk) => {
    queue.push({ at: arrival(chunk?.length ?? 0), chunk });
    if (!waiting) pump();
  };
  from.on('data', send);
  from.on('end', () => send(null));
}

async function throttled(target) {
  const down = lane(FAST_3G.downBytesPerSecond, FAST_3G.roundTripMs / 2);
  const up = lane(FAST_3G.upBytesPerSecond, FAST_3G.roundTripMs / 2);
  const proxy = createServer((client) => {
    const server = connect(target.port, '127.0.0.1');
    carry(up, client, server);
    carry(down, server, client);
    const close = () => {
      client.destroy();
      server.destroy();
    };
    client.on('error', close);
    server.on('error', close);
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${proxy.address().port}`, close: () => proxy.close() };
}

const executablePath = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((file) => existsSync(file));
if (!executablePath) {
  console.log('First offline-ready visit: not measured (no Chromium at /usr/bin/chromium).');
  process.exit(0);
}
const server = await startServer({
  env: { DATABASE_DIR: mkdtempSync(path.join(tmpdir(), 'klantreis-bench-')), DATABASE_URL: '' },
});
await server.ready();
const line = await throttled(new URL(server.url));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const runs = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${line.url}/`, { waitUntil: 'load', timeout: 120_000 });
    const loaded = Date.now() - started;
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    runs.push({ loaded, ready: Date.now() - started });
    await context.close();
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(
    `First visit on Fast 3G (median of ${runs.length}): home page loaded in ${(median(runs.map((r) => r.loaded)) / 1000).toFixed(1)} s, ` +
      `offline-ready (every lesson precached) in ${(median(runs.map((r) => r.ready)) / 1000).toFixed(1)} s ` +
      `[runs: ${runs.map((r) => `${(r.loaded / 1000).toFixed(1)}/${(r.ready / 1000).toFixed(1)} s`).join(', ')}]`,
  );
} finally {
  await browser.close();
  line.close();
  await server.stop();
}
