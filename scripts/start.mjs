// `npm start`: builds the site when the build is missing or older than the sources, then serves it
// with scripts/server.mjs on http://localhost:3000 (PORT overrides). One command on a fresh machine
// after `npm install`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const buildId = path.join(root, '.next', 'BUILD_ID');
const sources = ['app', 'components', 'lib', 'content', 'scorm', 'package-lock.json', 'next.config.mjs', 'tsconfig.json'];

function newestChange(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stat.mtimeMs);
}

const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(
  ...sources
    .map((source) => path.join(root, source))
    .filter(existsSync)
    .map(newestChange),
);
if (builtAt < changedAt) {
  console.log(builtAt ? 'Sources changed since the last build: building again…' : 'No build yet: building…');
  // The SCORM player first: the teachers' package downloads take its files (scripts/build-player.mjs).
  for (const args of [[path.join(root, 'scripts', 'build-player.mjs')], [next, 'build']]) {
    const build = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}

const port = process.env.PORT ?? '3000';
const server = spawn(process.execPath, [path.join(root, 'scripts', 'server.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORT: port },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
