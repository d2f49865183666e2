import 'server-only';
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import { desc, notInArray } from 'drizzle-orm';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { Db } from '../db/client.server';
import { ltiKeys } from '../db/schema';

// The tool's own RSA keys: it signs client assertions (for AGS tokens) and Deep Linking responses
// with the newest, and publishes the newest two at /api/lti/jwks, so a platform that cached the
// previous key still accepts what was signed just before a rotation. The private key is stored as
// a JWK; when LTI_KEY_SECRET is set it is encrypted with AES-256-GCM under a key derived from it.

export const ALG = 'RS256';
const KEPT = 2;
/** How long a key signs before a new one takes over. */
export const KEY_DAYS = 90;

/** The key LTI_KEY_SECRET gives, or null when it is not set. */
function secretKey(): Buffer | null {
  const secret = process.env.LTI_KEY_SECRET;
  return secret ? createHash('sha256').update(`klantreis-lti-keys\u0000${secret}`).digest() : null;
}

/** A private JWK as stored: plain JSON, or 'v1:' + base64url(iv | tag | ciphertext) with a secret. */
export function sealPrivateJwk(jwk: JWK, key = secretKey()): string {
  const json = JSON.stringify(jwk);
  if (!key) return json;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()]);
  return `v1:${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')}`;
}

export class KeySecretError extends Error {}

/** The private JWK back; a sealed one needs the same LTI_KEY_SECRET it was sealed with. */
export function openPrivateJwk(stored: string, key = secretKey()): JWK {
  if (!stored.startsWith('v1:')) return JSON.parse(stored) as JWK;
  if (!key) throw new KeySecretError('De LTI-sleutels zijn versleuteld opgeslagen, maar LTI_KEY_SECRET is niet ingesteld.');
  const raw = Buffer.from(stored.slice(3), 'base64url');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as JWK;
  } catch {
    throw new KeySecretError('LTI_KEY_SECRET is niet de sleutel waarmee de LTI-sleutels zijn versleuteld.');
  }
}

/**
 * Makes a new key pair and stores it as the newest. Keys older than the newest `keep` are deleted:
 * 2 for a planned rotation (the previous key is still published a while), 1 to revoke a key that
 * may have leaked.
 */
export async function rotateKeys(db: Db, now = new Date(), keep = KEPT): Promise<string> {
  const { publicKey, privateKey } = await generateKeyPair(ALG, { extractable: true, modulusLength: 2048 });
  const kid = `${now.toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' };
  await db.insert(ltiKeys).values({
    kid,
    publicJwk,
    privateJwk: sealPrivateJwk({ ...(await exportJWK(privateKey)), kid, alg: ALG }),
    createdAt: now,
  });
  const kept = db.select({ kid: ltiKeys.kid }).from(ltiKeys).orderBy(desc(ltiKeys.createdAt), desc(ltiKeys.kid)).limit(keep);
  await db.delete(ltiKeys).where(notInArray(ltiKeys.kid, kept));
  signing.delete(db);
  return kid;
}

const newestKeys = (db: Db) => db.select().from(ltiKeys).orderBy(desc(ltiKeys.createdAt), desc(ltiKeys.kid)).limit(KEPT);

/** The published keys: the newest two public JWKs (a first key is made on first use). */
export async function publicJwks(db: Db): Promise<{ keys: Record<string, unknown>[] }> {
  let rows = await newestKeys(db);
  if (rows.length === 0) {
    await rotateKeys(db);
    rows = await newestKeys(db);
  }
  return { keys: rows.map((row) => row.publicJwk) };
}

// The signing key, read once per process and database; a rotation here drops it. Another process's
// rotation is picked up within a minute.
const signing = new WeakMap<Db, { at: number; key: Promise<{ kid: string; key: CryptoKey }> }>();

/** The newest key, to sign with (made on first use). */
export function signingKey(db: Db, now = Date.now()): Promise<{ kid: string; key: CryptoKey }> {
  const kept = signing.get(db);
  if (kept && now - kept.at < 60_000) return kept.key;
  const key = (async () => {
    let [row] = await newestKeys(db);
    // Keys rotate by themselves: a key older than KEY_DAYS gives way to a new one (the old one stays
    // published as the previous key until the next rotation).
    if (!row || row.createdAt.getTime() < now - KEY_DAYS * 24 * 3600_000) {
      await rotateKeys(db, new Date(now));
      [row] = await newestKeys(db);
    }
    const jwk = openPrivateJwk(row!.privateJwk);
    return { kid: row!.kid, key: (await importJWK(jwk, ALG)) as CryptoKey };
  })();
  signing.set(db, { at: now, key });
  key.catch(() => signing.delete(db));
  return key;
}
