import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A unit of the frozen electorate (append-only), with the room label as it was at opening. */
@Entity('electorate_units')
@Unique('uq_electorate_unit', ['resolutionId', 'unitId'])
export class ElectorateUnit {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'resolution_id', type: 'uuid' }) resolutionId: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Column({ name: 'building_id', type: 'uuid' }) buildingId: string;
  @Column({ name: 'building_name', type: 'varchar', length: 50 }) buildingName: string;
  @Column({ type: 'varchar', length: 80 }) room: string;
  @Column({ name: 'area_hundredths', type: 'bigint' }) areaHundredths: string;
  @Column({ name: 'area_source', type: 'varchar', length: 12 }) areaSource: string;
  @Column({ name: 'voter_key', type: 'varchar', length: 200 }) voterKey: string;
}
