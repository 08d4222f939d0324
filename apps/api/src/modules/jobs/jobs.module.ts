import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsService } from './jobs.service.js';
import { OutboxEntry } from './outbox-entry.entity.js';

/** Durable jobs (pg-boss) and the transactional outbox. Global: any module may inject JobsService. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEntry])],
  providers: [JobsService],
  exports: [JobsService],
})
export class JobsModule {}
