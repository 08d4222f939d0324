import { Module, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hasRole } from '../../common/current-user.js';
import { FileAccessRegistry } from '../files/file-access.registry.js';
import { FilesModule } from '../files/files.module.js';
import { BindingController } from './binding.controller.js';
import { BindingService } from './binding.service.js';
import { PersonalDataController } from './personal-data.controller.js';
import { AuditReadService, PersonalDataService } from './personal-data.service.js';
import { RolesController } from './roles.controller.js';
import { RolesService } from './roles.service.js';

/** Membership of a community: unit bindings, committee/property roles, the person's own data and the audit read. */
@Module({
  imports: [FilesModule],
  controllers: [BindingController, RolesController, PersonalDataController],
  providers: [BindingService, RolesService, PersonalDataService, AuditReadService],
  exports: [BindingService, RolesService],
})
export class BindingModule implements OnModuleInit {
  constructor(
    private readonly fileAccess: FileAccessRegistry,
    private readonly ds: DataSource,
  ) {}

  onModuleInit(): void {
    // A binding request's document photo: the applicant, and the people who review requests in that community.
    this.fileAccess.register('residency', async (user, ownerId, communityId) => {
      const [r]: Array<{ person_id: string }> = await this.ds.query(
        `SELECT person_id FROM residencies WHERE id = $1 AND community_id = $2`,
        [ownerId, communityId],
      );
      if (!r) return false;
      return r.person_id === user.personId || hasRole(user, 'committee_member', 'committee_chair', 'property_manager');
    });
  }
}
