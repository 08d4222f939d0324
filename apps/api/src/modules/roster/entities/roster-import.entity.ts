import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type RosterImportStatus = 'preview' | 'committed' | 'discarded';

/** One owner of a stored preview row: the phone only encrypted (and as blind index), never in clear. */
export interface StoredRosterOwner {
  name: string;
  phoneEnc: string | null;
  phoneHash: string | null;
  designatedVoter: boolean;
}

/** A checked row kept between preview and commit (area as a decimal string of hundredths). */
export interface StoredRosterRow {
  line: number;
  building: string;
  entrance: string;
  room: string;
  kind: 'flat' | 'shop' | 'parking';
  areaHundredths: string;
  areaSource: 'registered' | 'surveyed' | 'contract';
  owners: StoredRosterOwner[];
}

/** An uploaded roster file: its checked rows and errors (the preview), and whether it was committed. */
@Entity('roster_imports')
@Index('ix_roster_import_community', ['communityId', 'createdAt'])
export class RosterImport {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'uploaded_by', type: 'uuid' }) uploadedBy: string;
  @Column({ name: 'file_name', type: 'varchar', length: 200 }) fileName: string;
  @Column({ name: 'file_sha256', type: 'char', length: 64 }) fileSha256: string;
  @Column({ type: 'varchar', length: 10, default: 'preview' }) status: RosterImportStatus;
  @Column({ name: 'total_rows', type: 'int' }) totalRows: number;
  @Column({ type: 'jsonb' }) rows: StoredRosterRow[];
  @Column({ type: 'jsonb' }) errors: Array<{ line: number; column: string | null; reason: string }>;
  /** Counts of what the commit changed (null until committed). */
  @Column({ type: 'jsonb', nullable: true }) result: Record<string, number> | null;
  @Column({ name: 'committed_by', type: 'uuid', nullable: true }) committedBy: string | null;
  @Column({ name: 'committed_at', type: 'timestamptz', nullable: true }) committedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
