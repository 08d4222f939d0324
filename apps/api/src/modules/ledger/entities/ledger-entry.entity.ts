import type { EntryKind, EntryStatus } from '@gongzhi/domain';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The statuses and their moves are the domain's (packages/domain/src/ledger/entry-workflow.ts). */
export { ENTRY_STATUSES, type EntryStatus } from '@gongzhi/domain';

/** One deducted cost of an income entry, with its evidence (file ids). Amounts in fen as decimal strings. */
export interface EntryCost {
  label: string;
  amountFen: string;
  evidenceFileIds: string[];
}

/**
 * A ledger entry while it is being prepared (mutable): draft → submitted → posted, or → rejected → (revised) → submitted.
 * Once posted, its content is copied into the append-only `ledger_postings` table, which is what statements count.
 * A reversal is an entry with `reverses_entry_id` set; it goes through the same approval.
 */
@Entity('ledger_entries')
@Index('ix_ledger_entries_community_status', ['communityId', 'status'])
@Check('ck_ledger_entries_status', `"status" IN ('draft', 'submitted', 'rejected', 'posted')`)
@Check('ck_ledger_entries_kind', `"kind" IN ('income', 'expense')`)
@Check('ck_ledger_entries_amount', `"amount_fen" > 0`)
export class LedgerEntryRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId: string;
  @Column({ type: 'varchar', length: 10 }) kind: EntryKind;
  @Column({ type: 'varchar', length: 30 }) category: string;
  @Column({ type: 'varchar', length: 10 }) status: EntryStatus;
  /** Income: net amount (gross − costs); expense: the amount paid. Positive fen. */
  @Column({ name: 'amount_fen', type: 'bigint' }) amountFen: string;
  @Column({ name: 'gross_fen', type: 'bigint', nullable: true }) grossFen: string | null;
  @Column({ type: 'jsonb', default: [] }) costs: EntryCost[];
  /** Income: who paid (advertiser, parking operator…); expense: the payee. */
  @Column({ type: 'varchar', length: 100, default: '' }) counterparty: string;
  @Column({ name: 'contract_ref', type: 'varchar', length: 100, default: '' }) contractRef: string;
  @Column({ name: 'covered_from', type: 'date', nullable: true }) coveredFrom: string | null;
  @Column({ name: 'covered_to', type: 'date', nullable: true }) coveredTo: string | null;
  @Column({ type: 'varchar', length: 500, default: '' }) purpose: string;
  @Column({ name: 'resolution_id', type: 'uuid', nullable: true }) resolutionId: string | null;
  /** Accounting date (China local date) the entry counts on in statements. */
  @Column({ name: 'booked_on', type: 'date' }) bookedOn: string;
  @Column({ name: 'attachment_file_ids', type: 'jsonb', default: [] }) attachmentFileIds: string[];
  @Index() @Column({ name: 'reverses_entry_id', type: 'uuid', nullable: true }) reversesEntryId: string | null;
  @Column({ name: 'reversal_reason', type: 'varchar', length: 500, nullable: true }) reversalReason: string | null;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ name: 'reject_reason', type: 'varchar', length: 500, nullable: true }) rejectReason: string | null;
  @Column({ type: 'integer', default: 1 }) revision: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
