import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A published statement (公示): the statement as computed at publication, frozen. APPEND-ONLY for the API role.
 * It stays readable after its display period ends.
 */
@Entity('ledger_statements')
@Unique('uq_ledger_statement_period', ['communityId', 'periodStart', 'periodEnd'])
export class LedgerStatementRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'period_key', type: 'varchar', length: 10 }) periodKey: string;
  @Column({ name: 'period_start', type: 'date' }) periodStart: string;
  @Column({ name: 'period_end', type: 'date' }) periodEnd: string;
  /** The statement body (amounts as fen strings), including the chain head it was computed at. */
  @Column({ type: 'jsonb' }) snapshot: Record<string, unknown>;
  @Column({ name: 'head_seq', type: 'bigint' }) headSeq: string;
  @Column({ name: 'head_hash', type: 'char', length: 64 }) headHash: string;
  @Column({ name: 'published_by', type: 'uuid' }) publishedBy: string;
  @Column({ name: 'published_at', type: 'timestamptz' }) publishedAt: Date;
  @Column({ name: 'display_until', type: 'timestamptz' }) displayUntil: Date;
}
