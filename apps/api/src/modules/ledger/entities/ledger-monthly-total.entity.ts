import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Net public income per community and booking month (income − expense, a reversal counting minus its amount), kept by
 * the database itself: a statement-level trigger on `ledger_postings` adds every inserted posting (migration
 * 1763910000300). The API role may only SELECT here, so the figures cannot be edited apart from the postings they sum.
 * Statements read their opening balance from it (the months before the period) instead of summing every earlier posting.
 */
@Entity('ledger_monthly_totals')
export class LedgerMonthlyTotal {
  @PrimaryColumn({ name: 'community_id', type: 'uuid' }) communityId: string;
  /** First day of the booking month. */
  @PrimaryColumn({ type: 'date' }) month: string;
  @Column({ name: 'net_fen', type: 'bigint' }) netFen: string;
  @Column({ type: 'integer' }) postings: number;
}
