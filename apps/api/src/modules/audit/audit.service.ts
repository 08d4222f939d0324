import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEntry } from './entities/audit-entry.entity.js';

export interface AuditRecord {
  communityId: string | null;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  /** No personal data here: ids and non-personal facts only. */
  details?: Record<string, unknown>;
}

/** Append-only log of who did what to which record. Pass the caller's transaction manager to write atomically. */
@Injectable()
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  async record(entry: AuditRecord, manager?: EntityManager): Promise<void> {
    const m = manager ?? this.ds.manager;
    await m.insert(AuditEntry, {
      communityId: entry.communityId,
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      details: (entry.details ?? {}) as never,
    });
  }

  async list(communityId: string, limit: number, beforeId?: string): Promise<AuditEntry[]> {
    const qb = this.ds
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .where('a.community_id = :communityId', { communityId })
      .orderBy('a.id', 'DESC')
      .limit(limit);
    if (beforeId) qb.andWhere('a.id < :beforeId', { beforeId });
    return qb.getMany();
  }
}
