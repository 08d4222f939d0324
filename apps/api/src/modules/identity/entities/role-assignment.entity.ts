import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { RoleName } from '../../../common/access.js';

/**
 * Assigned roles. Community roles carry community_id; the subdistrict officer carries subdistrict_id; the regulator
 * carries district_id; platform_admin none. Committee roles carry their `basis`: 'filing' (a confirmed election
 * filing or 物业管理委员会), 'recorded' (recorded before elections were supported; migration).
 * `owner` and `resident` are not assigned: they follow from ownerships and approved residencies.
 */
@Entity('role_assignments')
@Index('uq_role_in_community', ['personId', 'role', 'communityId'], { unique: true, where: 'community_id IS NOT NULL' })
@Index('uq_role_in_subdistrict', ['personId', 'role', 'subdistrictId'], {
  unique: true,
  where: 'subdistrict_id IS NOT NULL',
})
@Index('uq_role_in_district', ['personId', 'role', 'districtId'], { unique: true, where: 'district_id IS NOT NULL' })
export class RoleAssignment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ type: 'varchar', length: 30 }) role: RoleName;
  @Index() @Column({ name: 'community_id', type: 'uuid', nullable: true }) communityId: string | null;
  @Column({ name: 'district_id', type: 'uuid', nullable: true }) districtId: string | null;
  @Index() @Column({ name: 'subdistrict_id', type: 'uuid', nullable: true }) subdistrictId: string | null;
  @Column({ type: 'varchar', length: 12, nullable: true }) basis: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
