import { Module } from '@nestjs/common';
import { ErasureController } from './erasure.controller.js';
import { ErasureService } from './erasure.service.js';
import { FilesModule } from '../files/files.module.js';

/** The person's rights over their personal information: deletion on request (PIPL Art. 47). Seeing and exporting it: modules/binding/personal-data.*. */
@Module({
  imports: [FilesModule],
  controllers: [ErasureController],
  providers: [ErasureService],
})
export class PrivacyModule {}
