import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A resident's "me too" (+1) on a common-area ticket: at most one per person and ticket. */
@Entity('repair_me_toos')
export class RepairMeToo {
  @PrimaryColumn({ name: 'ticket_id', type: 'uuid' }) ticketId: string;
  @PrimaryColumn({ name: 'person_id', type: 'uuid' }) personId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
