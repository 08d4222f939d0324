import { Module } from '@nestjs/common';
import { RosterClock } from './roster-clock.js';
import { RosterObjectionsService } from './roster-objections.service.js';
import { RosterProposalsService } from './roster-proposals.service.js';
import { RosterController } from './roster.controller.js';
import { RosterService } from './roster.service.js';

/**
 * The owners' roster (业主名册): import with preview, changes as proposals confirmed by two committee members,
 * the field-by-field activity record, owners' objections, export and the template.
 */
@Module({
  controllers: [RosterController],
  providers: [RosterService, RosterProposalsService, RosterObjectionsService, RosterClock],
  exports: [RosterClock],
})
export class RosterModule {}
