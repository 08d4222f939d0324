import { deflateRawSync, crc32 } from 'node:zlib';
import { ErrorCode } from '@gongzhi/domain';
import { buildZip, type RawEntry } from '../../../test/reliability/zip.js';
import { assertZipWithinLimits, ZIP_LIMITS, type ZipLimits } from './zip-guard.js';

const deflated = (name: string, raw: Buffer): RawEntry => ({
  name,
  method: 8,
  data: deflateRawSync(raw),
  crc: crc32(raw),
  uncompressedSize: raw.length,
});
const noisy = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7919) % 251));
const small: ZipLimits = {
  maxTotalUncompressed: 10_000,
  maxEntryUncompressed: 6_000,
  maxEntries: 5,
  maxRatio: 200,
  ratioAppliesAbove: 1_000,
};
const refusal = (zip: Buffer, limits: ZipLimits = small) => {
  try {
    assertZipWithinLimits(zip, limits);
    return null;
  } catch (e) {
    return e as { code: string; message: string };
  }
};

describe('ZIP limits read from the central directory', () => {
  it('accepts entries within every limit', () => {
    expect(refusal(buildZip([deflated('a.xml', noisy(5_000)), deflated('b.xml', noisy(4_000))]))).toBeNull();
  });
  it('refuses a total unpacked size over the limit even when each entry is within its own', () => {
    const e = refusal(
      buildZip([deflated('a.xml', noisy(5_000)), deflated('b.xml', noisy(5_000)), deflated('c.xml', noisy(1_000))]),
    );
    expect(e).toMatchObject({ code: ErrorCode.ROSTER_INVALID, message: expect.stringMatching(/解压后过大/) });
  });
  it('refuses one entry over the per-entry limit', () => {
    expect(refusal(buildZip([deflated('a.xml', noisy(6_001))]))).toMatchObject({ code: ErrorCode.ROSTER_INVALID });
  });
  it('refuses more entries than allowed', () => {
    const six = Array.from({ length: 6 }, (_, i) => deflated(`p${i}.xml`, noisy(10)));
    expect(refusal(buildZip(six))).toMatchObject({ message: expect.stringMatching(/部件过多（6 个）/) });
  });
  it('refuses an absurd compression ratio above the size where it applies, not below it', () => {
    expect(refusal(buildZip([deflated('z.xml', Buffer.alloc(900))]))).toBeNull();
    expect(refusal(buildZip([deflated('z.xml', Buffer.alloc(2 * 1024 * 1024))]), ZIP_LIMITS)).toMatchObject({
      message: expect.stringMatching(/解压后过大/),
    });
  });
  it('refuses an entry that inflates to more than its directory declares', () => {
    const lie = { ...deflated('a.xml', noisy(5_000)), declaredUncompressedSize: 100 };
    expect(refusal(buildZip([lie]))).toMatchObject({ message: expect.stringMatching(/解压后过大/) });
  });
  it('refuses bytes that are not a ZIP as unreadable', () => {
    expect(refusal(Buffer.from('PK\u0003\u0004 not really a zip'))).toMatchObject({
      message: expect.stringMatching(/无法读取/),
    });
  });
});
