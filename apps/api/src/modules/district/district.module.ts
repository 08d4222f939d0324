import { Module } from '@nestjs/common';
import { DistrictController } from './district.controller.js';
import { DistrictService } from './district.service.js';

@Module({ controllers: [DistrictController], providers: [DistrictService] })
export class DistrictModule {}
