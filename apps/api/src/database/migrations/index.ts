import { Hardening1764830000000 } from './1764830000000-hardening.js';
import { Init1763800000000 } from './1763800000000-init.js';
import { Files1763810000000 } from './1763810000000-files.js';
import { Outbox1763810000001 } from './1763810000001-outbox.js';
import { Identity1763820000000 } from './1763820000000-identity.js';
import { Repairs1763830000000 } from './1763830000000-repairs.js';
import { Votes1763840000000 } from './1763840000000-votes.js';
import { Ledger1763850000000 } from './1763850000000-ledger.js';
import { IdentityMembership1763825000000 } from './1763825000000-identity-membership.js';
import { PerfIndexes1763870000001 } from './1763870000001-perf-indexes.js';
import { SubscribeMessageSends1763880000000 } from './1763880000000-subscribe-message-sends.js';
import { PerfIndexesReads1763880000010 } from './1763880000010-perf-indexes-reads.js';
import { BallotChainHead1763880000011 } from './1763880000011-ballot-chain-head.js';
import { BallotBatch1763910000100 } from './1763910000100-ballot-batch.js';
import { ElectorateVoterCastBy1763910000101 } from './1763910000101-electorate-voter-cast-by.js';
import { PersonalDataErasure1763890000000 } from './1763890000000-personal-data-erasure.js';
import { LedgerPublicationReminders1763895000000 } from './1763895000000-ledger-publication-reminders.js';
import { RepairQueueOrder1763910000010 } from './1763910000010-repair-queue-order.js';
import { RepairStatsMonthly1763910000200 } from './1763910000200-repair-stats-monthly.js';
import { LedgerMonthlyTotals1763910000300 } from './1763910000300-ledger-monthly-totals.js';
import { OneRule1763914000000 } from './1763914000000-one-rule.js';
import { VoteReminders1763914000100 } from './1763914000100-vote-reminders.js';
import { OwnerHeads1763921300000 } from './1763921300000-owner-heads.js';
import { ContentSecurity1796357936171 } from './1796357936171-content-security.js';
import { RosterProposals1796357636866 } from './1796357636866-roster-proposals.js';
import { ReviewCommunity1797000100000 } from './1797000100000-review-community.js';
import { Notices1797000400000 } from './1797000400000-notices.js';
import { SessionGrace1797000300000 } from './1797000300000-session-grace.js';
import { SmsSignIn1797000300100 } from './1797000300100-sms-sign-in.js';
import { BroadcastLadder1797000300200 } from './1797000300200-broadcast-ladder.js';
import { Committee1797000500000 } from './1797000500000-committee.js';
import { Supervision1797000600000 } from './1797000600000-supervision.js';
import { PaperBallotReviews1797000200000 } from './1797000200000-paper-ballot-reviews.js';
import { BallotSalt1797000200001 } from './1797000200001-ballot-salt.js';
import { FrozenLifecycle1797000200002 } from './1797000200002-frozen-lifecycle.js';

/** Every migration, in order. Append new ones at the end. */
export const migrations: (new (...args: never[]) => unknown)[] = [
  Init1763800000000,
  Files1763810000000,
  Outbox1763810000001,
  Identity1763820000000,
  Ledger1763850000000,
  Repairs1763830000000,
  Votes1763840000000,
  IdentityMembership1763825000000,
  PerfIndexes1763870000001,
  SubscribeMessageSends1763880000000,
  PersonalDataErasure1763890000000,
  PerfIndexesReads1763880000010,
  BallotChainHead1763880000011,
  LedgerPublicationReminders1763895000000,
  RepairQueueOrder1763910000010,
  BallotBatch1763910000100,
  ElectorateVoterCastBy1763910000101,
  RepairStatsMonthly1763910000200,
  LedgerMonthlyTotals1763910000300,
  OneRule1763914000000,
  VoteReminders1763914000100,
  OwnerHeads1763921300000,
  ContentSecurity1796357936171,
  Hardening1764830000000,
  RosterProposals1796357636866,
  ReviewCommunity1797000100000,
  Notices1797000400000,
  SessionGrace1797000300000,
  SmsSignIn1797000300100,
  BroadcastLadder1797000300200,
  Committee1797000500000,
  Supervision1797000600000,
  PaperBallotReviews1797000200000,
  BallotSalt1797000200001,
  FrozenLifecycle1797000200002,
];
