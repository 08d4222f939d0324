import type { ElectionDecision, TermStatus } from '@gongzhi/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type TermKind = 'elected' | 'management' | 'recorded';

/** What a filing holds (assembled by the app when the chair files). */
export interface TermFiling {
  round: number;
  resolutionId: string | null;
  resolutionTitle: string | null;
  decisionReason: string | null;
  documentFileIds: string[];
  /** No names stored (they are read from persons, so an erasure leaves none behind). */
  members: Array<{ personId: string; office: string | null; affiliation: string | null }>;
  filedAt: string;
}

/**
 * One committee term (一届): an elected owners' committee, a 物业管理委员会, or a committee recorded before elections
 * were supported. Its status follows TERM_TRANSITIONS (packages/domain/src/committee/term-workflow.ts).
 */
@Entity('committee_terms')
@Index('ix_committee_term_community', ['communityId', 'createdAt'])
export class CommitteeTerm {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ type: 'varchar', length: 12 }) kind: TermKind;
  @Column({ type: 'varchar', length: 12 }) status: TermStatus;
  @Column({ type: 'varchar', length: 12, default: 'default' }) profile: string;
  @Column({ name: 'resolution_id', type: 'uuid', nullable: true }) resolutionId: string | null;
  @Column({ type: 'int', default: 0 }) seats: number;
  @Column({ type: 'int', default: 0 }) households: number;
  @Column({ type: 'jsonb', nullable: true }) decision:
    (Omit<ElectionDecision, 'outcomes'> & { outcomes: unknown[] }) | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ name: 'officers_due_at', type: 'timestamptz', nullable: true }) officersDueAt: Date | null;
  @Column({ name: 'officers_at', type: 'timestamptz', nullable: true }) officersAt: Date | null;
  @Column({ type: 'jsonb', nullable: true }) filing: TermFiling | null;
  @Column({ name: 'filing_round', type: 'int', default: 0 }) filingRound: number;
  @Column({ name: 'filing_due_at', type: 'timestamptz', nullable: true }) filingDueAt: Date | null;
  @Column({ name: 'refused_reason', type: 'varchar', length: 500, nullable: true }) refusedReason: string | null;
  @Column({ name: 'publicised_until', type: 'timestamptz', nullable: true }) publicisedUntil: Date | null;
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true }) supersededAt: Date | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** Append-only: a candidate of an election and the agenda item that stands for them. */
@Entity('committee_candidates')
@Unique('uq_committee_candidate', ['termId', 'personId'])
export class CommitteeCandidate {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'term_id', type: 'uuid' }) termId: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ type: 'int' }) position: number;
  @Column({ name: 'item_title', type: 'varchar', length: 200 }) itemTitle: string;
}

/**
 * A seat of a term: an elected member or alternate, or a 物业管理委员会 member with their affiliation. `office` is
 * set once by the first meeting (chair / vice chair); `left_at` when the member resigns.
 */
@Entity('committee_members')
@Unique('uq_committee_member', ['termId', 'personId'])
export class CommitteeMember {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Index() @Column({ name: 'term_id', type: 'uuid' }) termId: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ type: 'varchar', length: 10 }) standing: 'member' | 'alternate';
  @Column({ type: 'varchar', length: 16, nullable: true }) affiliation: string | null;
  @Column({ type: 'varchar', length: 12, nullable: true }) office: 'chair' | 'vice_chair' | null;
  @Column({ name: 'left_at', type: 'timestamptz', nullable: true }) leftAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** Append-only: one member's vote at the first meeting (chair, optionally a vice chair). */
@Entity('committee_officer_votes')
@Unique('uq_committee_officer_vote', ['termId', 'voterId'])
export class CommitteeOfficerVote {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'term_id', type: 'uuid' }) termId: string;
  @Column({ name: 'voter_id', type: 'uuid' }) voterId: string;
  @Column({ name: 'chair_id', type: 'uuid' }) chairId: string;
  @Column({ name: 'vice_chair_id', type: 'uuid', nullable: true }) viceChairId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** Append-only: a filing authority's confirmation or refusal of one filing round of a term. */
@Entity('committee_confirmations')
@Unique('uq_committee_confirmation', ['termId', 'round', 'authority'])
export class CommitteeConfirmation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'term_id', type: 'uuid' }) termId: string;
  @Column({ type: 'int' }) round: number;
  @Column({ type: 'varchar', length: 12 }) authority: 'subdistrict' | 'regulator';
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ type: 'varchar', length: 8 }) decision: 'confirm' | 'refuse';
  @Column({ type: 'varchar', length: 500, nullable: true }) reason: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
