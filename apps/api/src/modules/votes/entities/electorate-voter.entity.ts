import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** The frozen electorate (append-only): one row per head, computed by buildElectorate when voting opens. */
@Entity('electorate_voters')
@Unique('uq_electorate_voter', ['resolutionId', 'voterKey'])
@Index('ix_electorate_voter_cast_by', ['resolutionId', 'castBy'])
export class ElectorateVoter {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'resolution_id', type: 'uuid' }) resolutionId: string;
  /** buildElectorate's voterId: "owner:<person>", "co:<a>+<b>" or "developer". */
  @Column({ name: 'voter_key', type: 'varchar', length: 200 }) voterKey: string;
  @Column({ type: 'varchar', length: 12 }) kind: 'owner' | 'co-owners' | 'developer';
  /** Who casts this head's vote online (null: co-owners have not designated anyone; paper only). */
  @Column({ name: 'cast_by', type: 'uuid', nullable: true }) castBy: string | null;
  @Column({ name: 'unit_ids', type: 'uuid', array: true }) unitIds: string[];
  @Column({ name: 'area_hundredths', type: 'bigint' }) areaHundredths: string;
}
