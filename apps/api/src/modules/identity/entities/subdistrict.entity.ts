import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A subdistrict office (街道办事处) of a district: the filing authority for owners' committees, the confirmer of a
 * first roster and the body that forms a 物业管理委员会 (domain-rules.md §10). Communities name theirs.
 */
@Entity('subdistricts')
export class Subdistrict {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'district_id', type: 'uuid' }) districtId: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
