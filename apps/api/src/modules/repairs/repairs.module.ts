import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module.js';
import { RepairsStatsService } from './repairs-stats.service.js';
import { RepairsController } from './repairs.controller.js';
import { RepairsService } from './repairs.service.js';
import { RepairCategoriesService } from './repair-categories.service.js';
import { RepairFeedbackService } from './repair-feedback.service.js';
import { RepairReadsService } from './repair-reads.service.js';

/** Repairs (报修); their in-app messages go through the inbox module, CONTENT_CHECK comes from the global WechatModule. */
@Module({
  imports: [FilesModule],
  controllers: [RepairsController],
  providers: [RepairsService, RepairCategoriesService, RepairReadsService, RepairFeedbackService, RepairsStatsService],
  exports: [RepairsService],
})
export class RepairsModule {}
