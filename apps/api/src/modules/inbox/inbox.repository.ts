import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { Message } from './message.entity.js';

export interface NewMessage {
  communityId: string;
  /** Each person gets one message; a person named twice gets one. */
  personIds: readonly string[];
  /** e.g. repair.status, vote.reminder, ledger.publication_due_soon (≤ 30 characters). */
  kind: string;
  title: string;
  body: string;
  ticketId?: string | null;
}

/** The SQL of the inbox module, the only module that reads or writes `messages`. */
@Injectable()
export class InboxRepository {
  constructor(private readonly ds: DataSource) {}

  /** One statement for every recipient, in the caller's transaction. */
  async insertMany(m: EntityManager, msg: NewMessage): Promise<Array<{ id: string; personId: string }>> {
    const rows: Array<{ id: string; person_id: string }> = await m.query(
      `INSERT INTO messages (community_id, person_id, kind, title, body, ticket_id)
       SELECT $1::uuid, p, $3, $4, $5, $6::uuid FROM (SELECT DISTINCT unnest($2::uuid[]) AS p) u ORDER BY p
       RETURNING id, person_id`,
      [msg.communityId, [...msg.personIds], msg.kind, msg.title, msg.body, msg.ticketId ?? null],
    );
    return rows.map((r) => ({ id: r.id, personId: r.person_id }));
  }

  page(communityId: string, personId: string, opts: { unread: boolean; limit: number; offset: number }) {
    return this.ds.manager.findAndCount(Message, {
      where: { communityId, personId, ...(opts.unread ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: opts.limit,
      skip: opts.offset,
    });
  }

  unread(communityId: string, personId: string): Promise<number> {
    return this.ds.manager.countBy(Message, { communityId, personId, readAt: IsNull() });
  }

  findOwn(id: string, communityId: string, personId: string): Promise<Message | null> {
    return this.ds.manager.findOneBy(Message, { id, communityId, personId });
  }

  /** Which of these messages were opened. */
  async readOf(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: Array<{ id: string }> = await this.ds.query(
      `SELECT id FROM messages WHERE id = ANY($1::uuid[]) AND read_at IS NOT NULL`,
      [[...ids]],
    );
    return new Set(rows.map((r) => r.id));
  }

  async markRead(id: string, communityId: string, personId: string): Promise<void> {
    await this.ds.manager.update(Message, { id, communityId, personId, readAt: IsNull() }, { readAt: new Date() });
  }
}
