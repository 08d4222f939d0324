import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type LedgerAccountKind = 'public_income' | 'maintenance_fund';

/** A community's ledger account (公共收益账户; the maintenance fund will get its own kind). Created on first use. */
@Entity('ledger_accounts')
@Unique('uq_ledger_account', ['communityId', 'kind'])
export class LedgerAccount {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ type: 'varchar', length: 20 }) kind: LedgerAccountKind;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
