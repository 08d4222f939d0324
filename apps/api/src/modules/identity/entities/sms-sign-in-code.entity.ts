import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One SMS sign-in code sent to an official's number: a keyed hash of the code, single use, short-lived. */
@Entity('sms_sign_in_codes')
@Index('ix_sms_code_phone', ['phoneHash', 'createdAt'])
export class SmsSignInCode {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_sms_sign_in_codes' }) id: string;
  @Index('ix_sms_code_person') @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ name: 'phone_hash', type: 'char', length: 64 }) phoneHash: string;
  @Column({ name: 'code_hash', type: 'char', length: 64 }) codeHash: string;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ name: 'consumed_at', type: 'timestamptz', nullable: true }) consumedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
