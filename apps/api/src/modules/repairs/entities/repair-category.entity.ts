import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A community's own repair categories and targets; a community without rows uses DEFAULT_REPAIR_CATEGORIES. */
@Entity('repair_categories')
@Unique('uq_repair_category', ['communityId', 'code'])
export class RepairCategoryRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ type: 'varchar', length: 30 }) code: string;
  @Column({ type: 'varchar', length: 30 }) name: string;
  @Column({ name: 'sort_order', type: 'int' }) sortOrder: number;
  @Column({ name: 'urgent_respond_minutes', type: 'int' }) urgentRespondMinutes: number;
  @Column({ name: 'urgent_resolve_minutes', type: 'int' }) urgentResolveMinutes: number;
  @Column({ name: 'normal_respond_minutes', type: 'int' }) normalRespondMinutes: number;
  @Column({ name: 'normal_resolve_minutes', type: 'int' }) normalResolveMinutes: number;
}
