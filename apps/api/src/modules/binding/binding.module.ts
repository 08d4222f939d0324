import { Module } from '@nestjs/common';
import { BindingController } from './binding.controller.js';
import { BindingService } from './binding.service.js';
import { PersonalDataController } from './personal-data.controller.js';
import { AuditReadService, PersonalDataService } from './personal-data.service.js';
import { RolesController } from './roles.controller.js';
import { RolesService } from './roles.service.js';

/** Membership of a community: unit bindings, committee/property roles, the person's own data and the audit read. */
@Module({
  controllers: [BindingController, RolesController, PersonalDataController],
  providers: [BindingService, RolesService, PersonalDataService, AuditReadService],
  exports: [BindingService],
})
export class BindingModule {}
