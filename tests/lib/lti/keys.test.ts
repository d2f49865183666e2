import { generateKeyPair, exportJWK } from 'jose';
import { describe, expect, test } from 'vitest';
import { KeySecretError, openPrivateJwk, sealPrivateJwk } from '@/lib/lti/keys.server';
import { createHash } from 'node:crypto';

const key = (secret: string) => createHash('sha256').update(secret).digest();

describe('the tool’s private keys at rest', () => {
  test('without a secret a key is stored as plain JSON; with one it is sealed and opens only with the same secret', async () => {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const jwk = await exportJWK(privateKey);
    expect(JSON.parse(sealPrivateJwk(jwk, null))).toEqual(jwk);
    const sealed = sealPrivateJwk(jwk, key('geheim'));
    expect(sealed.startsWith('v1:')).toBe(true);
    expect(sealed).not.toContain(jwk.d!);
    expect(openPrivateJwk(sealed, key('geheim'))).toEqual(jwk);
    expect(() => openPrivateJwk(sealed, key('ander geheim'))).toThrow(KeySecretError);
    expect(() => openPrivateJwk(sealed, null)).toThrow(/LTI_KEY_SECRET is niet ingesteld/);
  });
});
