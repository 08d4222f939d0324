import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type UnitKind = 'flat' | 'shop' | 'parking';
export type AreaSource = 'registered' | 'surveyed' | 'contract';

/** 专有部分. Areas in hundredths of m² (BIGINT, returned by pg as string → converted in mappers). */
@Entity('units')
@Unique('uq_unit_address', ['communityId', 'buildingId', 'entrance', 'room'])
export class Unit {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'building_id', type: 'uuid' }) buildingId: string;
  @Column({ type: 'varchar', length: 20, default: '' }) entrance: string;
  @Column({ type: 'varchar', length: 30 }) room: string;
  @Column({ type: 'varchar', length: 10, default: 'flat' }) kind: UnitKind;
  @Column({ name: 'area_hundredths', type: 'bigint' }) areaHundredths: string;
  @Column({ name: 'area_source', type: 'varchar', length: 12 }) areaSource: AreaSource;
  /** Each source's area as the roster gives it (any may be missing); area_hundredths/area_source is `chooseArea` of them. */
  @Column({ name: 'registered_area_hundredths', type: 'bigint', nullable: true }) registeredAreaHundredths:
    string | null;
  @Column({ name: 'surveyed_area_hundredths', type: 'bigint', nullable: true }) surveyedAreaHundredths: string | null;
  @Column({ name: 'contract_area_hundredths', type: 'bigint', nullable: true }) contractAreaHundredths: string | null;
}
