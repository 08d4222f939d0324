import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module.js';
import { AssessmentsService } from './assessments.service.js';
import { ComplaintsService } from './complaints.service.js';
import { ContractsService } from './contracts.service.js';
import { HoldbackService } from './holdback.service.js';
import { InspectionsService } from './inspections.service.js';
import { ListsService } from './lists.service.js';
import { SupervisionClock } from './supervision-clock.js';
import { SupervisionDistrictController } from './supervision-district.controller.js';
import { SupervisionController } from './supervision.controller.js';
import { SupervisionRepository } from './supervision.repository.js';
import { SurveysService } from './surveys.service.js';

/**
 * Property-service supervision (综合考评, 菜单式服务; issue 25, domain-rules §12): the contract's service menu as data,
 * monthly inspections with photos, household surveys, complaints, the annual assessment computed by the pure engine,
 * and the red and black lists confirmed by two officers.
 */
@Module({
  imports: [FilesModule],
  controllers: [SupervisionController, SupervisionDistrictController],
  providers: [
    SupervisionRepository,
    SupervisionClock,
    ContractsService,
    InspectionsService,
    SurveysService,
    ComplaintsService,
    AssessmentsService,
    ListsService,
    HoldbackService,
  ],
  exports: [SupervisionClock],
})
export class SupervisionModule {}
