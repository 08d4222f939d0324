import type { DynamicModule, Type } from '@nestjs/common';
import { IdentityModule } from './identity/identity.module.js';
import { SmsModule } from './sms/sms.module.js';
import { FilesModule } from './files/files.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { InboxModule } from './inbox/inbox.module.js';
import { LedgerModule } from './ledger/ledger.module.js';
import { WechatModule } from './wechat/wechat.module.js';
import { RosterModule } from './roster/roster.module.js';
import { BindingModule } from './binding/binding.module.js';
import { RepairsModule } from './repairs/repairs.module.js';
import { VotesModule } from './votes/votes.module.js';
import { DistrictModule } from './district/district.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { NoticesModule } from './notices/notices.module.js';
import { TodosModule } from './todos/todos.module.js';
import { CommitteeModule } from './committee/committee.module.js';
import { SupervisionModule } from './supervision/supervision.module.js';

/** Every domain module (one folder each under src/modules/). Append new ones here. */
export const featureModules: Array<Type<unknown> | DynamicModule> = [
  SmsModule,
  IdentityModule,
  JobsModule,
  FilesModule,
  LedgerModule,
  WechatModule,
  RosterModule,
  BindingModule,
  RepairsModule,
  InboxModule,
  VotesModule,
  DistrictModule,
  NotificationsModule,
  PrivacyModule,
  NoticesModule,
  TodosModule,
  CommitteeModule,
  SupervisionModule,
];
