import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { FilesModule } from '../files/files.module.js';
import { WechatContentCheck } from '../wechat/wechat-content-check.js';
import { WechatClient } from '../wechat/wechat.client.js';
import { CONTENT_CHECK, NoopContentCheck } from './content-check.js';
import { RepairsStatsService } from './repairs-stats.service.js';
import { RepairsController } from './repairs.controller.js';
import { RepairsService } from './repairs.service.js';
import { RepairCategoriesService } from './repair-categories.service.js';
import { RepairFeedbackService } from './repair-feedback.service.js';
import { RepairReadsService } from './repair-reads.service.js';

/** Repairs (报修); their in-app messages go through the inbox module. */
@Module({
  imports: [FilesModule],
  controllers: [RepairsController],
  providers: [
    RepairsService,
    RepairCategoriesService,
    RepairReadsService,
    RepairFeedbackService,
    RepairsStatsService,
    {
      provide: CONTENT_CHECK,
      // WechatClient comes from the global WechatModule.
      inject: [APP_CONFIG, WechatClient, DataSource],
      useFactory: (config: AppConfig, client: WechatClient, ds: DataSource) =>
        config.wechat.contentCheck ? new WechatContentCheck(client, ds) : new NoopContentCheck(),
    },
  ],
  exports: [RepairsService],
})
export class RepairsModule {}
