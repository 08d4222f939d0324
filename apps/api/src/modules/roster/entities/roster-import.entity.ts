import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * preview: checked, nothing written. proposed: waiting for its confirmations (nothing written to the roster yet).
 * committed: confirmed and applied. discarded: replaced or withdrawn, never applied.
 */
export type RosterImportStatus = 'preview' | 'proposed' | 'committed' | 'discarded';
/** An uploaded file, or a merge of owner records into one (a proposal like any other). */
export type RosterProposalKind = 'import' | 'merge';

/** One owner of a stored preview row: phone and ID number only encrypted (and as blind index), never in clear. */
export interface StoredRosterOwner {
  name: string;
  phoneEnc: string | null;
  phoneHash: string | null;
  idNumberEnc?: string | null;
  idNumberHash?: string | null;
  creditCode?: string | null;
  organisation?: boolean;
  designatedVoter: boolean;
}

/** A checked row kept between preview and commit (areas as decimal strings of hundredths). */
export interface StoredRosterRow {
  line: number;
  building: string;
  entrance: string;
  room: string;
  kind: 'flat' | 'shop' | 'parking';
  /** The counted area (chooseArea of the three below) and its source. */
  areaHundredths: string;
  areaSource: 'registered' | 'surveyed' | 'contract';
  registeredAreaHundredths?: string | null;
  surveyedAreaHundredths?: string | null;
  contractAreaHundredths?: string | null;
  developer?: boolean;
  owners: StoredRosterOwner[];
}

/** A merge proposal: the owner records that are one person, the one kept, and the evidence shown to confirmers. */
export interface StoredMerge {
  keepPersonId: string;
  mergePersonIds: string[];
  evidence: string;
  evidenceFileId: string | null;
}

/** A roster proposal: an uploaded file (its checked rows and errors) or a merge; confirmed by two members. */
@Entity('roster_imports')
@Index('ix_roster_import_community', ['communityId', 'createdAt'])
export class RosterImport {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ type: 'varchar', length: 10, default: 'import' }) kind: RosterProposalKind;
  @Column({ name: 'uploaded_by', type: 'uuid' }) uploadedBy: string;
  @Column({ name: 'file_name', type: 'varchar', length: 200 }) fileName: string;
  @Column({ name: 'file_sha256', type: 'char', length: 64 }) fileSha256: string;
  @Column({ type: 'varchar', length: 10, default: 'preview' }) status: RosterImportStatus;
  @Column({ name: 'total_rows', type: 'int' }) totalRows: number;
  @Column({ type: 'jsonb' }) rows: StoredRosterRow[];
  @Column({ type: 'jsonb' }) errors: Array<{ line: number; column: string | null; reason: string }>;
  /** How unknown columns of the file were mapped ('' = dropped). */
  @Column({ name: 'column_map', type: 'jsonb', default: {} }) columnMap: Record<string, string>;
  @Column({ type: 'jsonb', nullable: true }) merge: StoredMerge | null;
  /** Counts of what the commit changed (null until committed). */
  @Column({ type: 'jsonb', nullable: true }) result: Record<string, number> | null;
  @Column({ name: 'proposed_by', type: 'uuid', nullable: true }) proposedBy: string | null;
  @Column({ name: 'proposed_at', type: 'timestamptz', nullable: true }) proposedAt: Date | null;
  /** SHA-256 of the field-by-field changes shown when proposed: a roster that moved since is not applied blindly. */
  @Column({ name: 'changes_sha256', type: 'char', length: 64, nullable: true }) changesSha256: string | null;
  /** First roster without a committee: posted by room number for objections until then (≥ 15 days). */
  @Column({ name: 'posting_ends_at', type: 'timestamptz', nullable: true }) postingEndsAt: Date | null;
  @Column({ name: 'committed_by', type: 'uuid', nullable: true }) committedBy: string | null;
  @Column({ name: 'committed_at', type: 'timestamptz', nullable: true }) committedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
