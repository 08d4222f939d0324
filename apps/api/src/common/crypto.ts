import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createSecretKey,
  randomBytes,
  type KeyObject,
} from 'node:crypto';

/**
 * Field encryption for personal data at rest (phones, ID numbers): AES-256-GCM, random 12-byte IV,
 * stored as `v1.<iv>.<tag>.<ciphertext>` in base64url. `blindIndex` gives a keyed hash for exact lookups.
 */
export class FieldCipher {
  // KeyObjects, imported once: a Buffer key is imported again on every call (≈ 5× slower per decrypt, and list pages
  // decrypt one phone per row to mask it).
  private readonly encKey: KeyObject;
  private readonly macKey: KeyObject;

  constructor(secret: string) {
    const master = createHash('sha256').update(secret).digest();
    this.encKey = createSecretKey(createHmac('sha256', master).update('enc').digest());
    this.macKey = createSecretKey(createHmac('sha256', master).update('mac').digest());
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.encKey, iv);
    const data = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
    return ['v1', iv.toString('base64url'), c.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
  }

  decrypt(stored: string): string {
    const [v, iv, tag, data] = stored.split('.');
    if (v !== 'v1' || !iv || !tag || data === undefined) throw new Error('unknown ciphertext format');
    const d = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'));
    d.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([d.update(Buffer.from(data, 'base64url')), d.final()]).toString('utf8');
  }

  blindIndex(value: string): string {
    return createHmac('sha256', this.macKey).update(value).digest('hex');
  }
}

export function sha256Hex(value: string | Buffer): string {
  return createHash('sha256').update(value).digest('hex');
}
