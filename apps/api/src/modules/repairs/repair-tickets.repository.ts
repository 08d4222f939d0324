import type { EntityManager } from 'typeorm';
import { RepairTicket } from './entities/repair-ticket.entity.js';

/** The ticket of this community, locked for the caller's transaction (null when missing or another community's). */
export function lockTicket(m: EntityManager, communityId: string, id: string): Promise<RepairTicket | null> {
  return m
    .getRepository(RepairTicket)
    .createQueryBuilder('t')
    .setLock('pessimistic_write')
    .where('t.id = :id AND t.community_id = :communityId', { id, communityId })
    .getOne();
}
