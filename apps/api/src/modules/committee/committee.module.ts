import { Module } from '@nestjs/common';
import { BindingModule } from '../binding/binding.module.js';
import { VotesModule } from '../votes/votes.module.js';
import { CommitteeController } from './committee.controller.js';
import { CommitteeService } from './committee.service.js';

/** Owners' committee terms: elections (through the votes module), first meeting, filing, 物业管理委员会. */
@Module({
  imports: [BindingModule, VotesModule],
  controllers: [CommitteeController],
  providers: [CommitteeService],
})
export class CommitteeModule {}
