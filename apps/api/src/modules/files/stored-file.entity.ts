import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const FILE_PURPOSES = [
  'repair_photo',
  'ballot_scan',
  'proxy_document',
  'ledger_attachment',
  'binding_document',
  'notice_attachment',
  'inspection_photo',
] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];
export type FileStatus = 'pending' | 'attached';

/**
 * An uploaded file. Created `pending` by the uploader; a domain module (repairs, ballots, ledger…) attaches it to
 * its record in the same transaction as the record, and from then on who may read it is that module's rule.
 * No foreign key to communities: this table is created before identity's tables (see the migration).
 */
@Entity('files')
@Check(
  'ck_files_purpose',
  `"purpose" IN ('repair_photo', 'ballot_scan', 'proxy_document', 'ledger_attachment', 'binding_document', 'notice_attachment', 'inspection_photo')`,
)
@Check(
  'ck_files_status',
  `("status" = 'pending' AND "owner_type" IS NULL AND "owner_id" IS NULL) OR ("status" = 'attached' AND "owner_type" IS NOT NULL AND "owner_id" IS NOT NULL)`,
)
@Index('ix_files_owner', ['communityId', 'ownerType', 'ownerId'])
export class StoredFile {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'uploader_id', type: 'uuid' }) uploaderId: string;
  @Column({ type: 'varchar', length: 32 }) purpose: FilePurpose;
  @Column({ type: 'varchar', length: 100 }) mime: string;
  /** BIGINT comes back from node-postgres as a string. */
  @Column({ name: 'size_bytes', type: 'bigint' }) sizeBytes: string;
  @Column({ type: 'char', length: 64 }) sha256: string;
  @Index('uq_files_storage_key', { unique: true })
  @Column({ name: 'storage_key', type: 'varchar', length: 300 })
  storageKey: string;
  /** The client's file name, sanitised, for display only: never part of a path. */
  @Column({ name: 'original_name', type: 'varchar', length: 255, nullable: true }) originalName: string | null;
  @Column({ type: 'int', nullable: true }) width: number | null;
  @Column({ type: 'int', nullable: true }) height: number | null;
  @Column({ type: 'varchar', length: 16, default: 'pending' }) status: FileStatus;
  /** Set when the uploader's erasure deleted the bytes (binding documents): hash and size stay, content is gone. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true }) erasedAt: Date | null;
  @Column({ name: 'owner_type', type: 'varchar', length: 50, nullable: true }) ownerType: string | null;
  @Column({ name: 'owner_id', type: 'uuid', nullable: true }) ownerId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
