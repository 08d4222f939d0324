import { DomainError } from './domain-error.js';
import { ErrorCode } from './errors.js';
import { canonicalJson, sha256 } from './sha256.js';

/**
 * Append-only hash chains (ballot receipts per resolution, ledger entries per community).
 * hash = sha256(prevHash + '\n' + canonicalJson(payload)); the first entry's prevHash is 64 zeros.
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainEntry<P = unknown> {
  payload: P;
  prevHash: string;
  hash: string;
}

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * A sha256 of UTF-8 text as 64 lowercase hex digits. The default is this package's pure implementation (runs in the
 * mini-program); a server may pass a native one (node:crypto) — both must give the same digest (tested in the API).
 */
export type Sha256Text = (text: string) => string;

export function linkHash(prevHash: string, payload: unknown, hash: Sha256Text = sha256): string {
  if (!HEX64.test(prevHash)) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, '前一条记录的哈希必须是 64 位小写十六进制');
  }
  return hash(`${prevHash}\n${canonicalJson(payload)}`);
}

/** The entry that follows `head` (use GENESIS_HASH for the first entry). */
export function appendEntry<P>(head: string, payload: P): ChainEntry<P> {
  return { payload, prevHash: head, hash: linkHash(head, payload) };
}

export type ChainVerification =
  { ok: true; head: string; length: number } | { ok: false; brokenAt: number; reason: string };

export interface VerifyOptions {
  /** The sha256 to use (default: the pure one of this package). */
  hash?: Sha256Text;
  /**
   * Continue a verification done in pages: the hash of the last entry already checked and how many were checked.
   * `brokenAt`, `length` and the messages then count from the start of the whole chain.
   */
  after?: { head: string; length: number };
}

/** Checks every link in order and names the first broken entry (0-based index). An empty chain is valid. */
export function verifyChain(entries: readonly ChainEntry[], options: VerifyOptions = {}): ChainVerification {
  const hash = options.hash ?? sha256;
  const offset = options.after?.length ?? 0;
  let expectedPrev = options.after?.head ?? GENESIS_HASH;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k]!;
    const i = offset + k;
    if (e.prevHash !== expectedPrev) {
      return {
        ok: false,
        brokenAt: i,
        reason:
          i === 0
            ? '第 1 条记录的前序哈希不是创世值'
            : `第 ${i + 1} 条记录的前序哈希与第 ${i} 条记录的哈希不一致（记录被删除、插入或调换）`,
      };
    }
    let actual: string;
    try {
      actual = linkHash(e.prevHash, e.payload, hash);
    } catch {
      return { ok: false, brokenAt: i, reason: `第 ${i + 1} 条记录的内容无法计算哈希` };
    }
    if (actual !== e.hash) {
      return { ok: false, brokenAt: i, reason: `第 ${i + 1} 条记录的内容与其哈希不符（内容被修改）` };
    }
    expectedPrev = e.hash;
  }
  return { ok: true, head: expectedPrev, length: offset + entries.length };
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A short human code for a hash: the first 60 bits as 12 Crockford base32 characters, grouped 4-4-4
 * ("7K3M-Q9ZD-W2XA"). Owners use it to find their ballot in the published list.
 */
export function receiptCode(hash: string): string {
  if (!HEX64.test(hash)) throw new DomainError(ErrorCode.VALIDATION_FAILED, '回执哈希必须是 64 位小写十六进制');
  let bits = BigInt(`0x${hash.slice(0, 15)}`); // 15 hex digits = 60 bits
  let code = '';
  for (let i = 0; i < 12; i++) {
    code = CROCKFORD[Number(bits & 31n)]! + code;
    bits >>= 5n;
  }
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/**
 * Normalises a receipt code an owner typed: case-insensitive, hyphens and spaces ignored, and the
 * Crockford look-alikes O→0, I/L→1. Returns null when it cannot be a receipt code.
 */
export function normalizeReceiptCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (s.length !== 12) return null;
  for (const ch of s) if (!CROCKFORD.includes(ch)) return null;
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}
