import { createDecipheriv, createHash, timingSafeEqual } from 'node:crypto';

/** sha1 of the parts sorted and joined: the signature of 消息推送 (`signature` and, in safe mode, `msg_signature`). */
export function pushSignature(...parts: string[]): string {
  return createHash('sha1')
    .update([...parts].sort().join(''))
    .digest('hex');
}

export function sameSignature(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(given));
}

/**
 * Decrypts the `Encrypt` field of a safe-mode push: AES-256-CBC with key = base64(EncodingAESKey + "="), IV = its
 * first 16 bytes, PKCS#7 padding to 32-byte blocks; plaintext = 16 random bytes ‖ length (4 bytes, big-endian) ‖
 * message ‖ appid. Returns the message, or null when anything is off (wrong key, padding, length, or another appid).
 */
export function decryptPush(aesKey: string, encrypted: string, appId: string): string | null {
  try {
    const key = Buffer.from(`${aesKey}=`, 'base64');
    if (key.length !== 32) return null;
    const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
    decipher.setAutoPadding(false);
    const plain = Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]);
    const pad = plain[plain.length - 1];
    if (pad < 1 || pad > 32 || plain.length < 20 + pad) return null;
    const body = plain.subarray(0, plain.length - pad);
    const len = body.readUInt32BE(16);
    if (20 + len > body.length) return null;
    if (body.subarray(20 + len).toString('utf8') !== appId) return null;
    return body.subarray(20, 20 + len).toString('utf8');
  } catch {
    return null;
  }
}
