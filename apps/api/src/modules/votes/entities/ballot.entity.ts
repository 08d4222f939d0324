import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type BallotChannel = 'online' | 'paper' | 'proxy';
export type BallotChoice = 'yes' | 'no' | 'abstain';

/**
 * A cast ballot: append-only (the API role may not UPDATE, DELETE or TRUNCATE), one link of the resolution's hash
 * chain. `voter_seq` is 1 for a voter's first ballot; where the community allows changing a ballot, later ones
 * get 2, 3, … and the tally takes the latest. UNIQUE (resolution, voter, voter_seq) makes a second first ballot
 * impossible; a trigger refuses voter_seq > 1 when changes are not allowed and any ballot when voting is not open.
 */
@Entity('ballots')
@Unique('uq_ballot_voter_seq', ['resolutionId', 'voterKey', 'voterSeq'])
@Unique('uq_ballot_chain_seq', ['resolutionId', 'seq'])
export class Ballot {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'resolution_id', type: 'uuid' }) resolutionId: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  /** Position in the resolution's chain, from 1. */
  @Column({ type: 'int' }) seq: number;
  @Column({ name: 'voter_key', type: 'varchar', length: 200 }) voterKey: string;
  @Column({ name: 'voter_seq', type: 'int' }) voterSeq: number;
  @Column({ type: 'varchar', length: 8 }) channel: BallotChannel;
  /** itemId → choice. */
  @Column({ type: 'jsonb' }) choices: Record<string, BallotChoice>;
  /** A spoilt paper ballot: every item invalid. */
  @Column({ type: 'boolean', default: false }) spoilt: boolean;
  /** Who submitted it: the owner online, the committee member for paper and proxy ballots. */
  @Column({ name: 'entered_by', type: 'uuid' }) enteredBy: string;
  @Column({ name: 'witness_name', type: 'varchar', length: 50, nullable: true }) witnessName: string | null;
  @Column({ name: 'scan_file_id', type: 'uuid', nullable: true }) scanFileId: string | null;
  @Column({ name: 'proxy_name', type: 'varchar', length: 50, nullable: true }) proxyName: string | null;
  @Column({ name: 'proxy_document_file_id', type: 'uuid', nullable: true }) proxyDocumentFileId: string | null;
  @Column({ name: 'cast_at', type: 'timestamptz' }) castAt: Date;
  @Column({ name: 'prev_hash', type: 'char', length: 64 }) prevHash: string;
  @Column({ type: 'char', length: 64 }) hash: string;
  @Column({ type: 'varchar', length: 14 }) receipt: string;
  /** Version 2 chains: the per-ballot random salt the link commits to; never published (docs/votes.md). */
  @Column({ type: 'char', length: 64, nullable: true }) salt: string | null;
}
