import { Module } from '@nestjs/common';
import { RosterController } from './roster.controller.js';
import { RosterService } from './roster.service.js';

/** The owners' roster (业主名册): import with preview and all-or-nothing commit, export. */
@Module({
  controllers: [RosterController],
  providers: [RosterService],
})
export class RosterModule {}
