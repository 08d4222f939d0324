import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Figures of an official-system result for one item (areas in hundredths of m², as strings of integers). */
export interface OfficialFigures {
  yesArea: string;
  yesHeads: string;
  noArea: string;
  noHeads: string;
  abstainArea: string;
  abstainHeads: string;
  invalidArea: string;
  invalidHeads: string;
  totalArea: string;
  totalHeads: string;
}

/** One agenda item; its Art. 278 matter type fixes the threshold (R2 for 6-8, R3 otherwise). */
@Entity('resolution_items')
@Unique('uq_resolution_item_position', ['resolutionId', 'position'])
export class ResolutionItem {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'resolution_id', type: 'uuid' }) resolutionId: string;
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ name: 'matter_type', type: 'smallint' }) matterType: number;
  @Column({ name: 'official_figures', type: 'jsonb', nullable: true }) officialFigures: OfficialFigures | null;
}
