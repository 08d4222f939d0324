import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { AppError } from '../../../common/app-error.js';
import { communityOf, type Actor } from '../../../common/current-user.js';
import { Message } from './message.entity.js';
import type { MessageDto, MessageListDto } from './messages.dto.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

/** The caller's in-app messages in the active community. Someone else's message answers 404. */
@Injectable()
export class MessagesService {
  constructor(private readonly ds: DataSource) {}

  async list(actor: Actor, opts: { unread: boolean; limit: number; offset: number }): Promise<MessageListDto> {
    const where = {
      communityId: communityOf(actor),
      personId: actor.personId,
      ...(opts.unread ? { readAt: IsNull() } : {}),
    };
    const [rows, total] = await this.ds.manager.findAndCount(Message, {
      where,
      order: { createdAt: 'DESC', id: 'DESC' },
      take: opts.limit,
      skip: opts.offset,
    });
    const unread = await this.ds.manager.countBy(Message, {
      communityId: communityOf(actor),
      personId: actor.personId,
      readAt: IsNull(),
    });
    return { items: rows.map(toMessageDto), total, unread };
  }

  async markRead(actor: Actor, id: string): Promise<MessageDto> {
    if (!UUID.test(id)) throw AppError.notFound('消息');
    const where = { id, communityId: communityOf(actor), personId: actor.personId };
    const m = await this.ds.manager.findOneBy(Message, where);
    if (!m) throw AppError.notFound('消息');
    if (!m.readAt) {
      await this.ds.manager.update(Message, { ...where, readAt: IsNull() }, { readAt: new Date() });
    }
    return toMessageDto((await this.ds.manager.findOneBy(Message, where))!);
  }
}
