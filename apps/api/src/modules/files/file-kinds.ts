import type { FilePurpose } from './stored-file.entity.js';

/** What the content is, decided from its bytes (magic numbers), never from the client's name or MIME type. */
export type FileKind = 'image' | 'document';

export interface DetectedType {
  kind: FileKind;
  mime: string;
}

/** Accepted inputs. HEIC is recognised but refused: the image library here cannot decode it (patents). */
export const ACCEPTED_MIME: Record<string, FileKind> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'application/pdf': 'document',
};

/** Which kinds each purpose takes: a repair photo must be a photo; scans and documents may be either. */
export const KINDS_BY_PURPOSE: Record<FilePurpose, FileKind[]> = {
  repair_photo: ['image'],
  ballot_scan: ['image', 'document'],
  proxy_document: ['image', 'document'],
  ledger_attachment: ['image', 'document'],
  binding_document: ['image', 'document'],
  notice_attachment: ['image', 'document'],
  inspection_photo: ['image'],
};

export const PURPOSE_LABEL: Record<FilePurpose, string> = {
  repair_photo: '报修照片',
  ballot_scan: '表决票扫描件',
  proxy_document: '委托书',
  ledger_attachment: '台账凭证',
  binding_document: '房屋绑定材料',
  notice_attachment: '公告附件',
  inspection_photo: '检查照片',
};

/** Longest side of a stored image, in pixels. */
export const MAX_IMAGE_SIDE = 2560;
/** Decoded pixels an input image may have (≈ 8000 × 5000): more is refused as a likely decompression bomb. */
export const MAX_INPUT_PIXELS = 40_000_000;

/**
 * The client's file name, for display only: no folders, no control or bidi-override characters, no leading dots,
 * at most 120 characters. "../../etc/passwd.jpg" becomes "passwd.jpg". Never used in a storage path.
 */
export function sanitiseFileName(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let name = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- removing control characters from a file name is the point
  name = name.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  name = name.replace(/^\.+/, '').trim();
  if (!name) return null;
  return [...name].slice(0, 120).join('');
}
