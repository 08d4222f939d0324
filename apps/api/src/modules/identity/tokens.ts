import { createHmac, createSecretKey, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';

/**
 * Minimal HS256 JWT: the header is fixed, so `alg: none` or any other algorithm is refused by construction.
 * Claims: sub (person id), tv (token version: bumped when roles change or on sign-out everywhere), iat, exp.
 */
export interface AccessClaims {
  sub: string;
  tv: number;
  iat: number;
  exp: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

// The secret as a KeyObject, made once: handing Node a string makes it import the key on every HMAC (every request).
let keyFor: { secret: string; key: KeyObject } | null = null;
function hmacKey(secret: string): KeyObject {
  if (keyFor?.secret !== secret) keyFor = { secret, key: createSecretKey(Buffer.from(secret, 'utf8')) };
  return keyFor.key;
}

export function signAccessToken(
  secret: string,
  claims: Omit<AccessClaims, 'iat' | 'exp'>,
  ttlSeconds: number,
  now = Date.now(),
): string {
  const iat = Math.floor(now / 1000);
  const payload = Buffer.from(JSON.stringify({ ...claims, iat, exp: iat + ttlSeconds })).toString('base64url');
  const sig = createHmac('sha256', hmacKey(secret)).update(`${HEADER}.${payload}`).digest('base64url');
  return `${HEADER}.${payload}.${sig}`;
}

export type VerifyResult =
  { ok: true; claims: AccessClaims } | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

export function verifyAccessToken(secret: string, token: string, now = Date.now()): VerifyResult {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [header, payload, sig] = parts;
  if (header !== HEADER) return { ok: false, reason: 'malformed' };
  const expected = createHmac('sha256', hmacKey(secret)).update(`${header}.${payload}`).digest();
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
  let claims: AccessClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as AccessClaims;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  // A validly signed token can still carry a `sub` that is no person id (a leaked secret, an old format): refused
  // here as malformed (401) rather than reaching SQL as a non-UUID (which answered 500).
  if (
    !claims ||
    typeof claims !== 'object' ||
    typeof claims.sub !== 'string' ||
    !UUID.test(claims.sub) ||
    !Number.isSafeInteger(claims.tv) ||
    typeof claims.exp !== 'number'
  )
    return { ok: false, reason: 'malformed' };
  if (claims.exp * 1000 <= now) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}

export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}
