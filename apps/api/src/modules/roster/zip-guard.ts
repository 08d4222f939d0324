import { ErrorCode } from '@gongzhi/domain';
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../common/app-error.js';

/**
 * Bounds on what an uploaded .xlsx (a ZIP) may unpack to. The upload limit (5 MB) bounds only the compressed size;
 * deflate reaches ~1000:1, so a 5 MB file could inflate to gigabytes inside exceljs. A roster of 5 000 rows is a few
 * MB unpacked, so these limits are generous for real files.
 */
export interface ZipLimits {
  maxTotalUncompressed: number;
  maxEntryUncompressed: number;
  maxEntries: number;
  /** An entry above `ratioAppliesAbove` bytes unpacked may not be more than `maxRatio` times its compressed size. */
  maxRatio: number;
  ratioAppliesAbove: number;
}

export const ZIP_LIMITS: Readonly<ZipLimits> = {
  maxTotalUncompressed: 50 * 1024 * 1024,
  maxEntryUncompressed: 30 * 1024 * 1024,
  maxEntries: 2000,
  maxRatio: 200,
  ratioAppliesAbove: 1024 * 1024,
};

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const refuse = (message: string) => new AppError(ErrorCode.ROSTER_INVALID, message);
const broken = () => refuse('无法读取这个 Excel 文件，请确认文件未损坏，或另存为 .csv 后上传');
const tooBig = () =>
  refuse(
    '这个 Excel 文件解压后过大，不像一份名册（可能含有大量空白或隐藏内容）：请只保留名册工作表，或另存为 .csv 后上传',
  );

/**
 * Reads the ZIP central directory (end-of-central-directory record → every entry's declared sizes) and refuses the
 * file (400 ROSTER.INVALID) when it would unpack to more than the limits allow. Then checks that each entry's data
 * really inflates to no more than its declared size (a ZIP may lie in its directory), with the output capped so a
 * lying entry costs at most its declared size in memory. Nothing is handed to exceljs before this passes.
 */
export function assertZipWithinLimits(buf: Buffer, limits: ZipLimits = ZIP_LIMITS): void {
  const entries = readCentralDirectory(buf, limits);
  let total = 0;
  for (const e of entries) {
    if (e.uncompressedSize > limits.maxEntryUncompressed) throw tooBig();
    total += e.uncompressedSize;
    if (total > limits.maxTotalUncompressed) throw tooBig();
    if (
      e.uncompressedSize > limits.ratioAppliesAbove &&
      e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize)
    )
      throw tooBig();
  }
  for (const e of entries) verifyEntry(buf, e);
}

function readCentralDirectory(buf: Buffer, limits: ZipLimits): ZipEntry[] {
  const eocd = findEocd(buf);
  if (eocd < 0) throw broken();
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== ZIP64_LOCATOR_SIG) throw broken();
    const z64 = safeNumber(buf.readBigUInt64LE(loc + 8));
    if (z64 + 56 > buf.length || buf.readUInt32LE(z64) !== ZIP64_EOCD_SIG) throw broken();
    count = safeNumber(buf.readBigUInt64LE(z64 + 32));
    cdSize = safeNumber(buf.readBigUInt64LE(z64 + 40));
    cdOffset = safeNumber(buf.readBigUInt64LE(z64 + 48));
  }
  if (count > limits.maxEntries)
    throw refuse(`这个 Excel 文件包含的部件过多（${count} 个），不像一份名册：请另存为 .csv 后上传`);
  if (cdOffset + cdSize > buf.length) throw broken();
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIG) throw broken();
    const method = buf.readUInt16LE(p + 10);
    let compressedSize = buf.readUInt32LE(p + 20);
    let uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localHeaderOffset = buf.readUInt32LE(p + 42);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > buf.length) throw broken();
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    // ZIP64 extended information (header 0x0001): the 64-bit values in this order, only for fields set to 0xFFFFFFFF.
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      const z = zip64Extra(buf, p + 46 + nameLen, extraLen);
      let q = 0;
      const next = () => {
        if (!z || q + 8 > z.length) throw broken();
        const v = safeNumber(z.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      if (uncompressedSize === 0xffffffff) uncompressedSize = next();
      if (compressedSize === 0xffffffff) compressedSize = next();
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p = end;
  }
  return entries;
}

function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD_SIG) return i;
  return -1;
}

function zip64Extra(buf: Buffer, start: number, len: number): Buffer | null {
  let p = start;
  while (p + 4 <= start + len) {
    const id = buf.readUInt16LE(p);
    const size = buf.readUInt16LE(p + 2);
    if (id === 0x0001) return buf.subarray(p + 4, Math.min(p + 4 + size, start + len));
    p += 4 + size;
  }
  return null;
}

function safeNumber(v: bigint): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw broken();
  return Number(v);
}

/** The entry's data must inflate to no more than its declared size; output is capped there, so memory stays bounded. */
function verifyEntry(buf: Buffer, e: ZipEntry): void {
  const h = e.localHeaderOffset;
  if (h + 30 > buf.length || buf.readUInt32LE(h) !== LOCAL_SIG) throw broken();
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  if (start + e.compressedSize > buf.length) throw broken();
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) {
    if (e.compressedSize !== e.uncompressedSize) throw broken();
    return;
  }
  if (e.method !== 8) throw broken();
  try {
    inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig();
    throw broken();
  }
}
