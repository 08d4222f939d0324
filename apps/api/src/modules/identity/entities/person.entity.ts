import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A natural person or an organisation acting as owner (the developer). Phone and ID numbers are encrypted at rest
 * (AES-256-GCM); `phone_hash` (HMAC) finds a person by phone without decrypting. openid is never sent to clients.
 */
@Entity('persons')
export class Person {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ name: 'phone_enc', type: 'text', nullable: true }) phoneEnc: string | null;
  @Index() @Column({ name: 'phone_hash', type: 'char', length: 64, nullable: true }) phoneHash: string | null;
  @Column({ name: 'id_number_enc', type: 'text', nullable: true }) idNumberEnc: string | null;
  /** Keyed blind index of the ID number: finds an owner without phone across roster rows, never by name. */
  @Index() @Column({ name: 'id_number_hash', type: 'char', length: 64, nullable: true }) idNumberHash: string | null;
  /** 统一社会信用代码 of a company owner (the developer, a company that owns a shop). */
  @Index() @Column({ name: 'credit_code', type: 'varchar', length: 18, nullable: true }) creditCode: string | null;
  @Index('uq_person_openid', { unique: true, where: 'openid IS NOT NULL' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  openid: string | null;
  @Column({ name: 'is_organisation', type: 'boolean', default: false }) isOrganisation: boolean;
  @Column({ name: 'token_version', type: 'int', default: 0 }) tokenVersion: number;
  /** Set when the person asked for deletion (PIPL Art. 47): name is 已注销用户, phone/ID number/openid are NULL. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true }) erasedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
