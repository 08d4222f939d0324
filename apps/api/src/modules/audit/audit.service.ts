import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditRecord {
  communityId: string | null;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  /** No personal data here: ids and non-personal facts only. */
  details?: Record<string, unknown>;
}

export interface PersonAuditRow {
  id: string;
  community_id: string | null;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  created_at: Date;
}

/** Append-only log of who did what to which record. Pass the caller's transaction manager to write atomically. */
@Injectable()
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  async record(entry: AuditRecord, manager?: EntityManager): Promise<void> {
    await this.recordMany([entry], manager);
  }

  /** Several entries in one statement (same transaction rules as `record`). */
  async recordMany(entries: readonly AuditRecord[], manager?: EntityManager): Promise<void> {
    if (!entries.length) return;
    const m = manager ?? this.ds.manager;
    await m.insert(
      AuditEntry,
      entries.map((entry) => ({
        communityId: entry.communityId,
        actorId: entry.actorId,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId ?? null,
        details: (entry.details ?? {}) as never,
      })),
    );
  }

  /**
   * For the person's my-data export: what they did, what was done to them or to their bindings (newest first, at
   * most 1000). The residency ids are the binding module's: the caller passes them in.
   */
  async aboutPerson(personId: string, residencyIds: readonly string[]): Promise<PersonAuditRow[]> {
    return this.ds.query(
      `SELECT id, community_id, actor_id, action, target_type, target_id, created_at FROM audit_log
         WHERE actor_id = $1 OR (target_type = 'person' AND target_id = $1::text)
            OR (target_type = 'residency' AND target_id = ANY($2::text[]))
         ORDER BY id DESC LIMIT 1000`,
      [personId, [...residencyIds]],
    );
  }

  /** The community's entries of the given actions, newest first (the committee's readable activity record). */
  async listActions(
    communityId: string,
    actions: readonly string[],
    limit: number,
  ): Promise<
    Array<
      Pick<PersonAuditRow, 'id' | 'actor_id' | 'action' | 'target_type' | 'target_id' | 'created_at'> & {
        details: Record<string, unknown>;
      }
    >
  > {
    return this.ds.query(
      `SELECT id, actor_id, action, target_type, target_id, details, created_at FROM audit_log
        WHERE community_id = $1 AND action = ANY($2::text[]) ORDER BY id DESC LIMIT $3`,
      [communityId, [...actions], limit],
    );
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
