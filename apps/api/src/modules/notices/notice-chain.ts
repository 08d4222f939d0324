import { GENESIS_HASH, linkHash, verifyChain } from '@gongzhi/domain';
import { nodeSha256 } from '../../common/sha256.js';
import type { Notice } from './entities/notice.entity.js';

/** The canonical content a notice's hash covers: every column except the hashes themselves (and its own id). */
export function noticePayload(n: Omit<Notice, 'id' | 'prevHash' | 'hash'>): Record<string, unknown> {
  return {
    v: 1,
    communityId: n.communityId,
    seq: String(n.seq),
    draftId: n.draftId,
    type: n.type,
    title: n.title,
    body: n.body,
    buildingIds: n.buildingIds,
    displayUntil: new Date(n.displayUntil).toISOString(),
    outage: n.outage,
    attachmentFileIds: n.attachmentFileIds,
    consentFileId: n.consentFileId,
    speaksForCommittee: n.speaksForCommittee,
    approverIds: n.approverIds,
    citesNoticeId: n.citesNoticeId,
    citeKind: n.citeKind,
    authorId: n.authorId,
    authorRole: n.authorRole,
    publishedAt: new Date(n.publishedAt).toISOString(),
  };
}

export function nextNoticeHash(prevHash: string, payload: Record<string, unknown>): string {
  return linkHash(prevHash, payload, nodeSha256);
}

export type NoticeChainReport =
  | { ok: true; length: number; headHash: string }
  | { ok: false; length: number; brokenAtSeq: string; noticeId: string; reason: string };

/** Recomputes a community's chain from its stored notices (ordered by seq) and names the first broken one. */
export function verifyNotices(rows: Notice[]): NoticeChainReport {
  for (let i = 0; i < rows.length; i++)
    if (BigInt(rows[i]!.seq) !== BigInt(i + 1))
      return {
        ok: false,
        length: rows.length,
        brokenAtSeq: String(rows[i]!.seq),
        noticeId: rows[i]!.id,
        reason: `序号不连续：第 ${i + 1} 份通知的序号是 ${rows[i]!.seq}（通知被删除或插入）`,
      };
  const r = verifyChain(
    rows.map((n) => ({ payload: noticePayload(n), prevHash: n.prevHash, hash: n.hash })),
    { hash: nodeSha256 },
  );
  if (!r.ok) {
    const n = rows[r.brokenAt]!;
    return { ok: false, length: rows.length, brokenAtSeq: String(n.seq), noticeId: n.id, reason: r.reason };
  }
  return { ok: true, length: rows.length, headHash: rows.length ? rows[rows.length - 1]!.hash : GENESIS_HASH };
}
