import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module.js';
import { NoticeBoardService } from './notice-board.service.js';
import { NoticeReadsService } from './notice-reads.service.js';
import { NoticesController } from './notices.controller.js';
import { NoticesRepository } from './notices.repository.js';
import { NoticesService } from './notices.service.js';

/** Notices (通知公告, docs/notices.md): drafts, committee approvals, the append-only chain, reads and reach, the board. */
@Module({
  imports: [FilesModule],
  controllers: [NoticesController],
  providers: [NoticesRepository, NoticesService, NoticeReadsService, NoticeBoardService],
})
export class NoticesModule {}
