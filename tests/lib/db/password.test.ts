import { randomBytes, scryptSync } from 'node:crypto';
import { expect, test } from 'vitest';
import { hashPassword, PRODUCTION_COST, verifyPassword } from '@/lib/db/password';

test('a hash made at the production cost (N = 2^15) verifies: a stored hash carries its own cost', async () => {
  expect(PRODUCTION_COST).toBe(2 ** 15);
  const salt = randomBytes(16);
  const key = scryptSync('Fietsenmaker-2026', salt, 32, { N: PRODUCTION_COST, r: 8, p: 1, maxmem: 256 * PRODUCTION_COST * 8 });
  const stored = ['scrypt', PRODUCTION_COST, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
  expect(await verifyPassword('Fietsenmaker-2026', stored)).toBe(true);
  expect(await verifyPassword('Fietsenmaker-2025', stored)).toBe(false);
});

test('the unit tests hash more cheaply (N = 2^10) through the same code, and a hash verifies only its password', async () => {
  const stored = await hashPassword('Fietsenmaker-2026');
  expect(stored.split('$').slice(0, 4)).toEqual(['scrypt', '1024', '8', '1']);
  expect(await verifyPassword('Fietsenmaker-2026', stored)).toBe(true);
  expect(await verifyPassword('fietsenmaker-2026', stored)).toBe(false);
});
