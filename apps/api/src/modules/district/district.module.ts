import { Module } from '@nestjs/common';
import { DistrictController } from './district.controller.js';
import { DistrictRepairStatsService } from './district-repair-stats.service.js';
import { DistrictService } from './district.service.js';
import { DistrictMetricsRepository, DistrictRepository } from './district.repository.js';
import { DistrictMetricsService } from './district-metrics.service.js';

@Module({
  controllers: [DistrictController],
  providers: [
    DistrictService,
    DistrictRepository,
    DistrictRepairStatsService,
    DistrictMetricsService,
    DistrictMetricsRepository,
  ],
})
export class DistrictModule {}
