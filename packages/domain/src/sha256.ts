import { DomainError } from './domain-error.js';
import { ErrorCode } from './errors.js';

/**
 * Pure TypeScript SHA-256 (FIPS 180-4). Runs in WeChat, browsers and Node alike: no crypto API needed.
 * Strings are encoded as UTF-8; a lone surrogate becomes U+FFFD, exactly as TextEncoder and Node do.
 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** UTF-8 bytes of a JS string (lone surrogates → EF BF BD). */
export function utf8Encode(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        cp = 0xfffd;
      }
    } else if (cp >= 0xdc00 && cp <= 0xdfff) {
      cp = 0xfffd;
    }
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(out);
}

/** SHA-256 of raw bytes, as 64 lowercase hex characters. */
export function sha256Bytes(data: Uint8Array): string {
  const bitLength = data.length * 8;
  const paddedLength = Math.ceil((data.length + 9) / 64) * 64;
  const buf = new Uint8Array(paddedLength);
  buf.set(data);
  buf[data.length] = 0x80;
  // 64-bit big-endian length; messages here are far below 2^53 bits.
  const hi = Math.floor(bitLength / 0x100000000);
  const lo = bitLength >>> 0;
  const view = new DataView(buf.buffer);
  view.setUint32(paddedLength - 8, hi);
  view.setUint32(paddedLength - 4, lo);

  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Uint32Array(64);
  for (let off = 0; off < paddedLength; off += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(off + t * 4);
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) >>> 0;
    }
    let a = h[0]!,
      b = h[1]!,
      c = h[2]!,
      d = h[3]!,
      e = h[4]!,
      f = h[5]!,
      g = h[6]!,
      k = h[7]!;
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (k + S1 + ch + K[t]! + w[t]!) >>> 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) >>> 0;
      k = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] = (h[0]! + a) >>> 0;
    h[1] = (h[1]! + b) >>> 0;
    h[2] = (h[2]! + c) >>> 0;
    h[3] = (h[3]! + d) >>> 0;
    h[4] = (h[4]! + e) >>> 0;
    h[5] = (h[5]! + f) >>> 0;
    h[6] = (h[6]! + g) >>> 0;
    h[7] = (h[7]! + k) >>> 0;
  }
  let hex = '';
  for (let i = 0; i < 8; i++) hex += h[i]!.toString(16).padStart(8, '0');
  return hex;
}

/** SHA-256 of a string's UTF-8 bytes, as 64 lowercase hex characters. */
export function sha256(text: string): string {
  return sha256Bytes(utf8Encode(text));
}

/**
 * Deterministic JSON: object keys sorted (UTF-16 code-unit order), no whitespace, bigint written as a
 * decimal string, Date as its ISO string, object properties whose value is undefined left out.
 * Refuses what has no stable JSON form: NaN/Infinity, functions, symbols, undefined in arrays or at the
 * top, Map/Set/class instances, cycles.
 */
export function canonicalJson(value: unknown): string {
  // Fast path: a copy of the value with every object's keys inserted in sorted order, written by the engine's
  // JSON.stringify (same string escaping and number form as `write`, which also uses it for every leaf). Anything the
  // copy cannot represent exactly (keys starting with a digit — engines enumerate integer-like keys first —, `__proto__`,
  // values to refuse) falls back to the reference writer, which also produces the refusal messages.
  const copy = sortedCopy(value, new Set());
  return copy === SLOW ? write(value, new Set()) : JSON.stringify(copy);
}

const SLOW: unique symbol = Symbol('slow');

function sortedCopy(value: unknown, seen: Set<object>): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'bigint':
      return value.toString();
    case 'number':
      return Number.isFinite(value) ? value : SLOW;
    case 'object': {
      if (value === null) return null;
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? SLOW : value.toISOString();
      if (seen.has(value)) return SLOW;
      seen.add(value);
      let out: unknown[] | Record<string, unknown> | typeof SLOW;
      if (Array.isArray(value)) {
        const arr: unknown[] = new Array(value.length);
        out = arr;
        for (let i = 0; i < value.length; i++) {
          const v: unknown = value[i];
          const c = v === undefined ? SLOW : sortedCopy(v, seen);
          if (c === SLOW) {
            out = SLOW;
            break;
          }
          arr[i] = c;
        }
      } else {
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) {
          out = SLOW;
        } else {
          const obj = value as Record<string, unknown>;
          const keys = Object.keys(obj).sort();
          const rec: Record<string, unknown> = {};
          out = rec;
          for (let i = 0; i < keys.length; i++) {
            const k = keys[i]!;
            const v = obj[k];
            if (v === undefined) continue;
            const c0 = k.charCodeAt(0);
            const c = (c0 >= 48 && c0 <= 57) || k === '__proto__' ? SLOW : sortedCopy(v, seen);
            if (c === SLOW) {
              out = SLOW;
              break;
            }
            rec[k] = c;
          }
        }
      }
      seen.delete(value);
      return out;
    }
    default:
      return SLOW;
  }
}

function refuse(what: string): never {
  throw new DomainError(ErrorCode.VALIDATION_FAILED, `无法生成规范 JSON：${what}`);
}

function write(value: unknown, seen: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return `"${value.toString()}"`;
    case 'number':
      if (!Number.isFinite(value)) refuse('数值不是有限数');
      return JSON.stringify(value);
    case 'undefined':
      return refuse('出现 undefined');
    case 'function':
    case 'symbol':
      return refuse(`不支持的类型 ${typeof value}`);
    case 'object': {
      if (value === null) return 'null';
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) refuse('无效日期');
        return JSON.stringify(value.toISOString());
      }
      if (seen.has(value)) refuse('存在循环引用');
      seen.add(value);
      let out: string;
      if (Array.isArray(value)) {
        out = `[${value.map((v) => write(v, seen)).join(',')}]`;
      } else {
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) refuse('只支持普通对象和数组');
        const obj = value as Record<string, unknown>;
        const keys = Object.keys(obj)
          .filter((k) => obj[k] !== undefined)
          .sort();
        out = `{${keys.map((k) => `${JSON.stringify(k)}:${write(obj[k], seen)}`).join(',')}}`;
      }
      seen.delete(value);
      return out;
    }
    default:
      return refuse('未知类型');
  }
}
