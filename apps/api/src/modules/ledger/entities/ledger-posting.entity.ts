import type { EntryKind } from '@gongzhi/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A posted ledger entry. APPEND-ONLY: the API's database role may only SELECT and INSERT here (the migration
 * revokes UPDATE, DELETE and TRUNCATE). Each row links to the previous one of its community by hash
 * (`hash = linkHash(prev_hash, canonical content)`, sequence numbers 1, 2, 3… per community).
 */
@Entity('ledger_postings')
@Unique('uq_ledger_posting_seq', ['communityId', 'seq'])
@Unique('uq_ledger_posting_entry', ['entryId'])
@Unique('uq_ledger_posting_reverses', ['reversesPostingId'])
/** Statements read one period and the sum before it (docs/performance.md). */
@Index('ix_ledger_postings_community_booked', ['communityId', 'bookedOn'])
export class LedgerPosting {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId: string;
  @Column({ type: 'bigint' }) seq: string;
  @Column({ name: 'entry_id', type: 'uuid' }) entryId: string;
  @Column({ type: 'varchar', length: 10 }) kind: EntryKind;
  @Column({ type: 'varchar', length: 30 }) category: string;
  @Column({ name: 'amount_fen', type: 'bigint' }) amountFen: string;
  @Column({ name: 'booked_on', type: 'date' }) bookedOn: string;
  @Column({ name: 'reverses_posting_id', type: 'uuid', nullable: true }) reversesPostingId: string | null;
  /** The rest of the entry's content as posted (gross, costs, counterparty, contract, purpose, resolution, reason…). */
  @Column({ type: 'jsonb' }) details: Record<string, unknown>;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @Column({ name: 'approver_id', type: 'uuid' }) approverId: string;
  @Column({ name: 'posted_at', type: 'timestamptz' }) postedAt: Date;
  @Column({ name: 'prev_hash', type: 'char', length: 64 }) prevHash: string;
  @Column({ type: 'char', length: 64 }) hash: string;
}
