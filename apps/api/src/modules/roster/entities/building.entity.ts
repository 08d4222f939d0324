import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('buildings')
@Unique('uq_building_name', ['communityId', 'name'])
export class Building {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ type: 'varchar', length: 50 }) name: string;
  @Column({ type: 'int', default: 0 }) sort: number;
}
