import { Module } from '@nestjs/common';
import { DistrictController } from './district.controller.js';
import { DistrictRepairStatsService } from './district-repair-stats.service.js';
import { DistrictService } from './district.service.js';
import { DistrictRepository } from './district.repository.js';

@Module({
  controllers: [DistrictController],
  providers: [DistrictService, DistrictRepository, DistrictRepairStatsService],
})
export class DistrictModule {}
