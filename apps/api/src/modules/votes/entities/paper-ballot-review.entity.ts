import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type PaperBallotReviewKind = 'entered' | 'scan_opened' | 'confirmed' | 'disputed';

/**
 * One act on a paper or proxy ballot (append-only for the API; migration 1797000200000): entered (with the scan's
 * SHA-256), scan opened by a member, confirmed by a second member, disputed by the unit's owner. docs/votes.md.
 */
@Entity('paper_ballot_reviews')
@Check('ck_paper_ballot_reviews_kind', `"kind" IN ('entered', 'scan_opened', 'confirmed', 'disputed')`)
@Index('ix_paper_ballot_reviews_ballot', ['ballotId', 'kind'])
@Index('ix_paper_ballot_reviews_resolution', ['resolutionId', 'kind'])
@Index('uq_paper_ballot_reviews_once', ['ballotId', 'kind'], {
  unique: true,
  where: `"kind" IN ('entered', 'confirmed', 'disputed')`,
})
@Index('uq_paper_ballot_reviews_scan', ['resolutionId', 'scanSha256'], { unique: true, where: `"kind" = 'entered'` })
export class PaperBallotReview {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_paper_ballot_reviews' }) id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'resolution_id', type: 'uuid' }) resolutionId: string;
  @Column({ name: 'ballot_id', type: 'uuid' }) ballotId: string;
  @Column({ type: 'varchar', length: 12 }) kind: PaperBallotReviewKind;
  @Column({ name: 'actor_id', type: 'uuid' }) actorId: string;
  @Column({ name: 'scan_sha256', type: 'char', length: 64, nullable: true }) scanSha256: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) reason: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
