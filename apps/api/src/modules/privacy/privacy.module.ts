import { Module } from '@nestjs/common';
import { ErasureController } from './erasure.controller.js';
import { ErasureService } from './erasure.service.js';

/** The person's rights over their personal information: deletion on request (PIPL Art. 47). Seeing and exporting it: modules/binding/personal-data.*. */
@Module({
  controllers: [ErasureController],
  providers: [ErasureService],
})
export class PrivacyModule {}
