import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module.js';
import { MessagesController } from './messages/messages.controller.js';
import { MessagesService } from './messages/messages.service.js';
import { RepairsStatsService } from './repairs-stats.service.js';
import { RepairsController } from './repairs.controller.js';
import { RepairsService } from './repairs.service.js';

/** Repairs (报修) and the in-app messages they send. */
@Module({
  imports: [FilesModule],
  controllers: [RepairsController, MessagesController],
  providers: [
    RepairsService,
    RepairsStatsService,
    MessagesService,
    // CONTENT_CHECK comes from the global WechatModule.
  ],
  exports: [RepairsService],
})
export class RepairsModule {}
