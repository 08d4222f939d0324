import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { FileAccessRegistry } from './file-access.registry.js';
import { FilesController } from './files.controller.js';
import { FilesService } from './files.service.js';
import { MediaCheckController } from './media-check.controller.js';
import { MediaCheck, MediaCheckTrace } from './media-check.entity.js';
import { MediaCheckService } from './media-check.service.js';
import { FILE_STORAGE, type FileStorage } from './storage/file-storage.js';
import { LocalFileStorage } from './storage/local-storage.js';
import { S3FileStorage } from './storage/s3-storage.js';
import { StoredFile } from './stored-file.entity.js';
import { UploadInterceptor } from './upload.interceptor.js';

export function createFileStorage(config: AppConfig['files']): FileStorage {
  return config.driver === 's3' ? new S3FileStorage(config.s3) : new LocalFileStorage(config.localDir);
}

/**
 * Uploads and their access rule. Domain modules import this module and use `FilesService.attach()` inside their
 * transaction and `FileAccessRegistry.register()` at start-up.
 */
@Module({
  imports: [TypeOrmModule.forFeature([StoredFile, MediaCheck, MediaCheckTrace])],
  controllers: [FilesController, MediaCheckController],
  providers: [
    FilesService,
    MediaCheckService,
    FileAccessRegistry,
    UploadInterceptor,
    { provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createFileStorage(config.files) },
  ],
  exports: [FilesService, FileAccessRegistry, MediaCheckService, FILE_STORAGE],
})
export class FilesModule {}
