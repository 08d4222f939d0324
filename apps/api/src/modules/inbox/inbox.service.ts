import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { communityOf, type Actor } from '../../common/current-user.js';
import { InboxRepository, type NewMessage } from './inbox.repository.js';
import type { Message } from './message.entity.js';
import type { MessageDto, MessageListDto } from './messages.dto.js';

export type { NewMessage } from './inbox.repository.js';

export function toMessageDto(m: Message): MessageDto {
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    body: m.body,
    ticketId: m.ticketId,
    readAt: m.readAt ? m.readAt.toISOString() : null,
    createdAt: m.createdAt.toISOString(),
  };
}

/**
 * In-app messages (站内消息). Other modules send through `send()` inside their own transaction (the message exists
 * exactly when their change commits); a person reads only their own messages in the active community, and someone
 * else's message answers 404.
 */
@Injectable()
export class InboxService {
  constructor(private readonly repo: InboxRepository) {}

  /**
   * One message to each of `personIds` (duplicates collapse), written with `m` (the caller's transaction). Title and
   * body are cut to the column sizes (60 and 300 characters, by code point). Returns the new messages' ids.
   */
  send(m: EntityManager, msg: NewMessage): Promise<Array<{ id: string; personId: string }>> {
    if (!msg.personIds.length) return Promise.resolve([]);
    return this.repo.insertMany(m, {
      ...msg,
      title: [...msg.title].slice(0, 60).join(''),
      body: [...msg.body].slice(0, 300).join(''),
    });
  }

  /** Which of these messages their person opened (the channel ladder's evidence of reading). */
  readOf(ids: readonly string[]): Promise<Set<string>> {
    return this.repo.readOf(ids);
  }

  /** Unread messages of a person in a community (the 「消息」 badge). */
  unreadCount(communityId: string, personId: string): Promise<number> {
    return this.repo.unread(communityId, personId);
  }

  async list(actor: Actor, opts: { unread: boolean; limit: number; offset: number }): Promise<MessageListDto> {
    const communityId = communityOf(actor);
    const [[rows, total], unread] = await Promise.all([
      this.repo.page(communityId, actor.personId, opts),
      this.repo.unread(communityId, actor.personId),
    ]);
    return { items: rows.map(toMessageDto), total, unread };
  }

  /** `id` is well-formed (the route's IdPipe answered 404 otherwise). */
  async markRead(actor: Actor, id: string): Promise<MessageDto> {
    const communityId = communityOf(actor);
    const m = await this.repo.findOwn(id, communityId, actor.personId);
    if (!m) throw AppError.notFound('消息');
    if (!m.readAt) await this.repo.markRead(id, communityId, actor.personId);
    return toMessageDto((await this.repo.findOwn(id, communityId, actor.personId))!);
  }
}
