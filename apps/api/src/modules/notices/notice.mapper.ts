import { NOTICE_TYPE_RULES, ROLE_LABELS, type Role } from '@gongzhi/domain';
import type { NoticeDraftDto, NoticeDto } from './dto/notice.response.dto.js';
import type { NoticeDraft } from './entities/notice-draft.entity.js';
import type { Notice, NoticeBoardPosting, NoticeRead } from './entities/notice.entity.js';
import type { NoticeStateRow } from './notices.repository.js';

/** The publisher in words: the role group, never a name (「业委会」「物业」「社区」). */
export function publisherLabel(role: string): string {
  if (role === 'committee_chair' || role === 'committee_member') return '业委会';
  if (role === 'property_manager' || role === 'property_staff') return '物业';
  if (role === 'neighbourhood_officer') return '社区';
  return ROLE_LABELS[role as Role] ?? '';
}

/** Every field of the answer listed here (entities never leave the API). */
export function toNoticeDto(
  n: Notice,
  x: {
    state: NoticeStateRow;
    cites: Notice | null;
    buildingNames: string[];
    mine: NoticeRead | null;
    postings: NoticeBoardPosting[];
  },
): NoticeDto {
  const rule = NOTICE_TYPE_RULES[n.type];
  const withdrawn = x.state.citedBy.some((c) => c.citeKind === 'withdrawal');
  const current = x.state.displayUntil.getTime() > Date.now() && !withdrawn;
  return {
    id: n.id,
    seq: String(n.seq),
    type: n.type,
    typeLabel: rule.label,
    title: n.title,
    body: n.body,
    buildingNames: x.buildingNames,
    publisher: publisherLabel(n.authorRole),
    publishedAt: n.publishedAt.toISOString(),
    displayUntil: x.state.displayUntil.toISOString(),
    current,
    pinned: x.state.pinned,
    onTop: rule.onTop && current,
    needsAcknowledgement: rule.needsAcknowledgement,
    ownerAddressed: rule.ownerAddressed,
    speaksForCommittee: n.speaksForCommittee,
    committeeApprovals: n.approverIds.length,
    outage: n.outage,
    attachmentFileIds: n.attachmentFileIds,
    cites: x.cites ? { id: x.cites.id, title: x.cites.title, citeKind: n.citeKind } : null,
    citedBy: x.state.citedBy.map((c) => ({ id: c.id, title: c.title, citeKind: c.citeKind as never })),
    withdrawn,
    hash: n.hash,
    boardPostings: x.postings.map((p) => ({
      id: p.id,
      posterRole: ROLE_LABELS[p.posterRole as Role] ?? '',
      place: p.place,
      postedAt: p.postedAt.toISOString(),
      photoFileId: p.photoFileId,
    })),
    mine: {
      readAt: x.mine ? x.mine.readAt.toISOString() : null,
      acknowledgedAt: x.mine?.acknowledgedAt ? x.mine.acknowledgedAt.toISOString() : null,
    },
  };
}

export function toDraftDto(
  d: NoticeDraft,
  x: { approvals: number; approvalsNeeded: number; personId: string },
): NoticeDraftDto {
  return {
    id: d.id,
    type: d.type,
    title: d.title,
    body: d.body,
    speaksForCommittee: d.speaksForCommittee,
    approvals: x.approvals,
    approvalsNeeded: x.approvalsNeeded,
    mine: d.authorId === x.personId,
    publishedNoticeId: d.publishedNoticeId,
    createdAt: d.createdAt.toISOString(),
  };
}
