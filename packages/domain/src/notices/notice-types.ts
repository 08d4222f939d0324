import type { Role } from '../roles.js';

/**
 * Notices (通知公告, domain-rules.md §11): the kinds of notice, who may publish each, and what each asks of a household.
 * One table, read by the API (who may publish, whom reach counts) and the mini-program (labels, the 我已知晓 button).
 */
export const NOTICE_TYPES = ['general', 'emergency', 'outage', 'meeting', 'disclosure'] as const;
export type NoticeType = (typeof NOTICE_TYPES)[number];

export interface NoticeTypeRule {
  label: string;
  /** Roles that may write and publish a notice of this type. */
  publishers: readonly Role[];
  /** Reach counts a household only when one of its owners read it (meetings, objection windows). */
  ownerAddressed: boolean;
  /** Households are asked 「我已知晓」 and reminders go to those who have not acknowledged. */
  needsAcknowledgement: boolean;
  /** Shown above every other notice while it is displayed. */
  onTop: boolean;
  /** Needs the outage's start and end and the text for callers. */
  needsOutage: boolean;
  /** Default display length in days when the publisher gives no end (Hangzhou Art. 30: ≥ 15; Shaoxing Art. 9: 5 working days). */
  defaultDisplayDays: number;
}

const COMMITTEE: readonly Role[] = ['committee_chair', 'committee_member'];
const PROPERTY: readonly Role[] = ['property_manager', 'property_staff'];
const OFFICER: readonly Role[] = ['neighbourhood_officer'];

export const NOTICE_TYPE_RULES: Readonly<Record<NoticeType, NoticeTypeRule>> = Object.freeze({
  general: {
    label: '一般通知',
    publishers: [...COMMITTEE, ...PROPERTY, ...OFFICER],
    ownerAddressed: false,
    needsAcknowledgement: false,
    onTop: false,
    needsOutage: false,
    defaultDisplayDays: 15,
  },
  emergency: {
    label: '紧急通知',
    publishers: [...COMMITTEE, ...PROPERTY, ...OFFICER],
    ownerAddressed: false,
    needsAcknowledgement: true,
    onTop: true,
    needsOutage: false,
    defaultDisplayDays: 7,
  },
  outage: {
    label: '停水停电通知',
    publishers: [...PROPERTY],
    ownerAddressed: false,
    needsAcknowledgement: false,
    onTop: false,
    needsOutage: true,
    defaultDisplayDays: 7,
  },
  meeting: {
    label: '会议通知',
    publishers: [...COMMITTEE, ...OFFICER],
    ownerAddressed: true,
    needsAcknowledgement: true,
    onTop: false,
    needsOutage: false,
    defaultDisplayDays: 15,
  },
  disclosure: {
    label: '事务公开',
    publishers: [...COMMITTEE, ...PROPERTY],
    ownerAddressed: false,
    needsAcknowledgement: false,
    onTop: false,
    needsOutage: false,
    defaultDisplayDays: 30,
  },
});

export function isNoticeType(v: unknown): v is NoticeType {
  return typeof v === 'string' && (NOTICE_TYPES as readonly string[]).includes(v);
}

/** Whether a person holding `roles` may publish a notice of `type`. */
export function mayPublishNotice(type: NoticeType, roles: readonly Role[]): boolean {
  return NOTICE_TYPE_RULES[type].publishers.some((r) => roles.includes(r));
}

/** The roles that may publish `type`, in words (for the refusal). */
export function noticePublishersText(type: NoticeType): string {
  const p = NOTICE_TYPE_RULES[type].publishers;
  const names: string[] = [];
  if (p.some((r) => COMMITTEE.includes(r))) names.push('业委会');
  if (p.some((r) => PROPERTY.includes(r))) names.push('物业');
  if (p.some((r) => OFFICER.includes(r))) names.push('社区');
  return names.join('、');
}

/** How a new notice relates to an earlier one it cites. */
export const NOTICE_CITE_KINDS = ['correction', 'withdrawal'] as const;
export type NoticeCiteKind = (typeof NOTICE_CITE_KINDS)[number];
export const NOTICE_CITE_LABELS: Readonly<Record<NoticeCiteKind, string>> = Object.freeze({
  correction: '更正',
  withdrawal: '撤回',
});

/** Words that make a notice speak for the committee: it must then cite a committee decision. */
const COMMITTEE_VOICE = /(业委会|业主委员会)(决定|决议|研究决定|一致同意)/;

export function speaksForCommittee(text: string): boolean {
  return COMMITTEE_VOICE.test(text);
}

/** A committee decision needs approvals by more than half of ALL members (not of those present). */
export function committeeDecisionPassed(approvals: number, members: number): boolean {
  return members > 0 && approvals * 2 > members;
}

/** Approvals still needed for a committee decision. */
export function committeeApprovalsNeeded(members: number): number {
  return Math.floor(members / 2) + 1;
}
