import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('refresh_tokens')
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Index({ unique: true }) @Column({ name: 'token_hash', type: 'char', length: 64 }) tokenHash: string;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  /** Set when the token was rotated (not when it was revoked by sign-out or theft): starts the grace window. */
  @Column({ name: 'rotated_at', type: 'timestamptz', nullable: true }) rotatedAt: Date | null;
  /** The token this one was rotated into, and the pair answered then (encrypted), returned again within the window. */
  @Column({ name: 'successor_id', type: 'uuid', nullable: true }) successorId: string | null;
  @Column({ name: 'successor_enc', type: 'text', nullable: true }) successorEnc: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
