// Starts scripts/server.mjs on a free local port, for the browser tests and the benchmarks.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** A free TCP port on 127.0.0.1. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

/**
 * Starts the server with these environment variables on 127.0.0.1 and a free port (or `port`). Its output is
 * kept (and echoed when `echo` is set); `ready()` resolves when it listens and throws, with the
 * output, when it exits first.
 */
export async function startServer({ env = {}, nodeArgs = [], echo = false, port: wanted } = {}) {
  const port = wanted ?? (await freePort());
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, 'scripts', 'server.mjs')], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (stream, into) =>
    child[stream].on('data', (chunk) => {
      output += chunk;
      if (echo) into.write(chunk);
    });
  keep('stdout', process.stdout);
  keep('stderr', process.stderr);
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    exited,
    async ready(timeoutMs = 60_000) {
      for (const started = Date.now(); Date.now() - started < timeoutMs; ) {
        if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${output}`);
        if (output.includes('(Ready)')) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`The server did not start within ${timeoutMs / 1000} s:\n${output}`);
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
