import { Global, Module } from '@nestjs/common';
import { InboxRepository } from './inbox.repository.js';
import { InboxService } from './inbox.service.js';
import { MessagesController } from './messages.controller.js';

/** In-app messages (站内消息): owns `messages`; repairs, votes and the ledger send through InboxService. */
@Global()
@Module({
  controllers: [MessagesController],
  providers: [InboxService, InboxRepository],
  exports: [InboxService],
})
export class InboxModule {}
