/**
 * Every TypeORM entity, listed once. The migration check (test/schema.e2e-spec.ts) fails when these and the
 * migrations disagree. Add a new entity here and generate a migration: `pnpm --filter @gongzhi/api migration:generate <Name>`.
 */
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { Subdistrict } from '../modules/identity/entities/subdistrict.entity.js';
import {
  CommitteeCandidate,
  CommitteeConfirmation,
  CommitteeMember,
  CommitteeOfficerVote,
  CommitteeTerm,
} from '../modules/committee/entities/committee.entities.js';
import { Building } from '../modules/roster/entities/building.entity.js';
import { Community } from '../modules/identity/entities/community.entity.js';
import { District } from '../modules/identity/entities/district.entity.js';
import { Ownership } from '../modules/roster/entities/ownership.entity.js';
import { Person } from '../modules/identity/entities/person.entity.js';
import { RefreshToken } from '../modules/identity/entities/refresh-token.entity.js';
import { SmsSignInCode } from '../modules/identity/entities/sms-sign-in-code.entity.js';
import { Broadcast, BroadcastAttempt, BroadcastRecipient } from '../modules/notifications/entities/broadcast.entity.js';
import { Residency } from '../modules/binding/entities/residency.entity.js';
import { RoleAssignment } from '../modules/identity/entities/role-assignment.entity.js';
import { Unit } from '../modules/roster/entities/unit.entity.js';
import { StoredFile } from '../modules/files/stored-file.entity.js';
import { MediaCheck, MediaCheckTrace } from '../modules/files/media-check.entity.js';
import { WechatPushEvent } from '../modules/wechat/entities/wechat-push-event.entity.js';
import { OutboxEntry } from '../modules/jobs/outbox-entry.entity.js';
import { Ballot } from '../modules/votes/entities/ballot.entity.js';
import { ElectorateUnit } from '../modules/votes/entities/electorate-unit.entity.js';
import { ElectorateVoter } from '../modules/votes/entities/electorate-voter.entity.js';
import { OwnerLink, OwnerLinkRevocation } from '../modules/votes/entities/owner-link.entity.js';
import {
  DesignatedVoterChange,
  DesignatedVoterConsent,
} from '../modules/votes/entities/designated-voter-change.entity.js';
import { BindingApproval } from '../modules/binding/entities/binding-approval.entity.js';
import { Objection } from '../modules/votes/entities/objection.entity.js';
import { ResolutionApproval } from '../modules/votes/entities/resolution-approval.entity.js';
import { ResolutionItem } from '../modules/votes/entities/resolution-item.entity.js';
import { Resolution } from '../modules/votes/entities/resolution.entity.js';
import { VoteReminder } from '../modules/votes/entities/vote-reminder.entity.js';
import { PaperBallotReview } from '../modules/votes/entities/paper-ballot-review.entity.js';
import { RepairTicket } from '../modules/repairs/entities/repair-ticket.entity.js';
import { RepairEvent } from '../modules/repairs/entities/repair-event.entity.js';
import { RepairMeToo } from '../modules/repairs/entities/repair-me-too.entity.js';
import { RepairCategoryRow } from '../modules/repairs/entities/repair-category.entity.js';
import { RepairFollowUp } from '../modules/repairs/entities/repair-follow-up.entity.js';
import { Message } from '../modules/inbox/message.entity.js';
import { LedgerAccount } from '../modules/ledger/entities/ledger-account.entity.js';
import { LedgerEntryRow } from '../modules/ledger/entities/ledger-entry.entity.js';
import { LedgerMonthlyTotal } from '../modules/ledger/entities/ledger-monthly-total.entity.js';
import { LedgerPosting } from '../modules/ledger/entities/ledger-posting.entity.js';
import { LedgerQuestion } from '../modules/ledger/entities/ledger-question.entity.js';
import { LedgerPublicationReminder } from '../modules/ledger/entities/ledger-publication-reminder.entity.js';
import { LedgerStatementRow } from '../modules/ledger/entities/ledger-statement.entity.js';
import { WechatUsedCode } from '../modules/wechat/entities/wechat-used-code.entity.js';
import { RosterImport } from '../modules/roster/entities/roster-import.entity.js';
import {
  RosterChange,
  RosterConfirmation,
  RosterObjection,
} from '../modules/roster/entities/roster-proposal.entities.js';
import { BindingClaim } from '../modules/binding/entities/binding-claim.entity.js';
import { NoticeApproval, NoticeDraft } from '../modules/notices/entities/notice-draft.entity.js';
import { Notice, NoticeBoardPosting, NoticeEvent, NoticeRead } from '../modules/notices/entities/notice.entity.js';
import { SUPERVISION_ENTITIES } from '../modules/supervision/entities/supervision.entities.js';
import { SubscribeMessageSend } from '../modules/notifications/subscribe-send.entity.js';

export const entities: (new (...args: never[]) => unknown)[] = [
  // identity
  District,
  Community,
  Building,
  Unit,
  Person,
  Ownership,
  Residency,
  RoleAssignment,
  RefreshToken,
  SmsSignInCode,
  Broadcast,
  BroadcastRecipient,
  BroadcastAttempt,
  AuditEntry,
  // files, jobs
  StoredFile,
  MediaCheck,
  MediaCheckTrace,
  OutboxEntry,
  // ledger
  LedgerAccount,
  LedgerEntryRow,
  LedgerPosting,
  LedgerStatementRow,
  LedgerQuestion,
  LedgerPublicationReminder,
  LedgerMonthlyTotal,
  // notices
  NoticeDraft,
  NoticeApproval,
  Notice,
  NoticeEvent,
  NoticeRead,
  NoticeBoardPosting,
  // repairs, messages
  RepairTicket,
  RepairEvent,
  RepairMeToo,
  RepairCategoryRow,
  RepairFollowUp,
  Message,
  // votes
  Resolution,
  VoteReminder,
  PaperBallotReview,
  ResolutionItem,
  ResolutionApproval,
  ElectorateVoter,
  ElectorateUnit,
  Ballot,
  Objection,
  // wechat, roster, binding
  WechatUsedCode,
  WechatPushEvent,
  RosterImport,
  RosterConfirmation,
  RosterChange,
  RosterObjection,
  BindingClaim,
  // issue 13: who casts a head online
  OwnerLink,
  OwnerLinkRevocation,
  BindingApproval,
  DesignatedVoterChange,
  DesignatedVoterConsent,
  // notifications
  SubscribeMessageSend,
  // issue 16: subdistricts and committee terms
  Subdistrict,
  CommitteeTerm,
  CommitteeCandidate,
  CommitteeMember,
  CommitteeOfficerVote,
  CommitteeConfirmation,
  // supervision (issue 25)
  ...SUPERVISION_ENTITIES,
];
