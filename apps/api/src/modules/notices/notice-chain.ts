import { linkHash } from '@gongzhi/domain';
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
