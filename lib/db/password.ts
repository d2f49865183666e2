import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// scrypt from node:crypto: memory-hard, no dependency, no native build. N = 2^15 costs about
// 32 MB and some 100 ms per hash here: cheap for one login, expensive for a guessing attack.
export const PRODUCTION_COST = 2 ** 15;
// The unit tests (Vitest sets NODE_ENV=test) hash through the same code with N = 2^10, 32 times
// cheaper: the login and lockout tests hash hundreds of times. A stored hash carries its own N, so
// verifying never depends on this; the build (NODE_ENV=production) fixes it at 2^15.
const PARAMS = { N: process.env.NODE_ENV === 'test' ? 2 ** 10 : PRODUCTION_COST, r: 8, p: 1 };
const KEY_LENGTH = 32;

/** Thrown when too many hashes wait already: the caller answers "busy" instead of queueing forever. */
export class HashQueueFullError extends Error {
  constructor() {
    super('Too many password hashes waiting');
    this.name = 'HashQueueFullError';
  }
}

/**
 * Runs at most `concurrency` jobs at once and lets at most `maxWaiting` wait; more is refused at
 * once. Without it, 60 parallel logins fill every libuv thread with scrypt and starve every other
 * request (GET /docent went from 18 ms to 3.9 s).
 */
export function limiter(concurrency: number, maxWaiting: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  // A finished job hands its place straight to the next waiter, so no newcomer slips in between.
  const next = () => {
    const waiter = waiting.shift();
    if (waiter) waiter();
    else running--;
  };
  return async function run<T>(job: () => Promise<T>): Promise<T> {
    if (running >= concurrency) {
      if (waiting.length >= maxWaiting) throw new HashQueueFullError();
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else {
      running++;
    }
    try {
      return await job();
    } finally {
      next();
    }
  };
}

// One hash at a time leaves the second core to the rest of the server; 20 waiting is 2 s at most.
const hashing = limiter(1, 20);

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return hashing(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
      ),
  );
}

/** A salted scrypt hash with its parameters, e.g. "scrypt$32768$8$1$<salt>$<hash>". */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether a password matches a stored hash, in constant time; false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every(Number.isSafeInteger) || params.N > 2 ** 20) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), params);
  return key.length === expected.length && timingSafeEqual(key, expected);
}
