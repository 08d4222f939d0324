import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { fileTypeFromBuffer } from 'file-type';
import multer from 'multer';
import { from, type Observable, switchMap } from 'rxjs';
import { ErrorCode } from '@gongzhi/domain';
import { AppError } from '../../common/app-error.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { ACCEPTED_MIME, type DetectedType } from './file-kinds.js';

/** The part of the upload the service works with: bytes held in memory only up to the limit of their kind. */
export interface ReceivedFile {
  buffer: Buffer;
  size: number;
  originalName: string;
  detected: DetectedType;
}

type UploadRequest = Request & { file?: Express.Multer.File & { detected?: DetectedType } };

/** Bytes file-type needs to recognise every format it knows. */
const SNIFF_BYTES = 4100;

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * A multer storage engine that keeps the upload in memory but decides its type from the first bytes and then
 * enforces the size limit of that kind while the bytes arrive: an .exe is refused after 4 KB, a 15 MB photo as
 * soon as it passes 10 MB, whatever the client claims the name or MIME type to be.
 */
class SniffingMemoryStorage implements multer.StorageEngine {
  constructor(private readonly limits: { image: number; document: number }) {}

  _handleFile(
    _req: Request,
    file: Express.Multer.File,
    cb: (error?: unknown, info?: Partial<Express.Multer.File>) => void,
  ): void {
    const chunks: Buffer[] = [];
    let size = 0;
    let detected: DetectedType | null = null;
    let finished = false;
    const stream = file.stream;
    const fail = (e: AppError) => {
      if (finished) return;
      finished = true;
      stream.removeAllListeners('data');
      stream.resume(); // discard the rest
      cb(e);
    };
    const sniff = async (): Promise<void> => {
      const found = await fileTypeFromBuffer(Buffer.concat(chunks));
      const kind = found ? ACCEPTED_MIME[found.mime] : undefined;
      if (!found || !kind) {
        const heic = found && /^image\/hei[cf]/.test(found.mime);
        throw new AppError(
          ErrorCode.FILE_TYPE_NOT_ALLOWED,
          heic
            ? '暂不支持 HEIC 格式的照片，请在相机设置中选择“兼容性最佳”，或截图后上传'
            : '只能上传 JPEG、PNG、WebP 图片或 PDF 文件，请检查文件内容后重试',
          { detected: found?.mime ?? null },
        );
      }
      detected = { kind, mime: found.mime };
    };
    const checkSize = () => {
      if (!detected) return;
      const limit = this.limits[detected.kind];
      if (size > limit) {
        throw new AppError(
          ErrorCode.FILE_TOO_LARGE,
          `${detected.kind === 'image' ? '图片' : '文件'}不能超过 ${mb(limit)}，请压缩后再上传`,
          { limitBytes: limit },
        );
      }
    };
    stream.on('data', (chunk: Buffer) => {
      if (finished) return;
      chunks.push(chunk);
      size += chunk.length;
      try {
        checkSize();
      } catch (e) {
        return fail(e as AppError);
      }
      if (!detected && size >= SNIFF_BYTES) {
        stream.pause();
        sniff()
          .then(() => {
            checkSize();
            stream.resume();
          })
          .catch((e: unknown) =>
            fail(e instanceof AppError ? e : new AppError(ErrorCode.FILE_INVALID, '无法识别文件内容，请重新选择文件')),
          );
      }
    });
    stream.on('error', (e) =>
      fail(new AppError(ErrorCode.FILE_INVALID, '文件上传中断，请重试', { reason: e.message })),
    );
    stream.on('end', () => {
      if (finished) return;
      const done = () => {
        if (finished) return;
        finished = true;
        const buffer = Buffer.concat(chunks);
        cb(null, { buffer, size: buffer.length, detected } as Partial<Express.Multer.File>);
      };
      if (detected) return done();
      if (size === 0) return fail(new AppError(ErrorCode.FILE_INVALID, '文件是空的，请重新选择文件'));
      sniff()
        .then(() => {
          checkSize();
          done();
        })
        .catch((e: unknown) =>
          fail(e instanceof AppError ? e : new AppError(ErrorCode.FILE_INVALID, '无法识别文件内容，请重新选择文件')),
        );
    });
  }

  _removeFile(_req: Request, file: Express.Multer.File, cb: (error: Error | null) => void): void {
    (file as { buffer?: Buffer }).buffer = undefined;
    cb(null);
  }
}

/**
 * Parses `multipart/form-data` with one file in the field `file`. Multer's own limits bound the whole request
 * (one file, a few short fields); the storage engine bounds the file by its detected kind.
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  private readonly handler: ReturnType<ReturnType<typeof multer>['single']>;
  private readonly maxBytes: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { maxImageBytes, maxDocumentBytes } = config.files;
    this.maxBytes = Math.max(maxImageBytes, maxDocumentBytes);
    this.handler = multer({
      storage: new SniffingMemoryStorage({ image: maxImageBytes, document: maxDocumentBytes }),
      // UTF-8 file names (Chinese names from browsers and WeChat) instead of busboy's latin1 default.
      defParamCharset: 'utf8',
      limits: { fileSize: this.maxBytes + 1, files: 1, fields: 5, fieldSize: 1024, parts: 8, headerPairs: 50 },
    }).single('file');
  }

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<UploadRequest>();
    const res = ctx.switchToHttp().getResponse<Response>();
    return from(this.parse(req, res)).pipe(switchMap(() => next.handle()));
  }

  private parse(req: UploadRequest, res: Response): Promise<void> {
    const declared = Number(req.headers['content-length']);
    // Refuse at once what cannot fit (multipart overhead allowed), and close the connection rather than read it.
    if (Number.isFinite(declared) && declared > this.maxBytes + 64 * 1024) {
      res.setHeader('Connection', 'close');
      return Promise.reject(
        new AppError(ErrorCode.FILE_TOO_LARGE, `文件不能超过 ${mb(this.maxBytes)}，请压缩后再上传`, {
          limitBytes: this.maxBytes,
        }),
      );
    }
    if (!req.is('multipart/form-data')) {
      return Promise.reject(
        new AppError(ErrorCode.FILE_INVALID, '请以 multipart/form-data 方式上传文件（字段名 file）'),
      );
    }
    return new Promise((resolve, reject) => {
      this.handler(req, res, (err: unknown) => {
        if (!err) return resolve();
        res.setHeader('Connection', 'close');
        if (err instanceof AppError) return reject(err);
        if (err instanceof multer.MulterError) {
          if (err.code === 'LIMIT_FILE_SIZE') {
            return reject(
              new AppError(ErrorCode.FILE_TOO_LARGE, `文件不能超过 ${mb(this.maxBytes)}，请压缩后再上传`, {
                limitBytes: this.maxBytes,
              }),
            );
          }
          if (err.code === 'LIMIT_UNEXPECTED_FILE' || err.code === 'LIMIT_FILE_COUNT') {
            return reject(new AppError(ErrorCode.FILE_INVALID, '每次只能上传一个文件，字段名为 file'));
          }
          return reject(
            new AppError(ErrorCode.FILE_INVALID, '上传内容格式不正确，请重新选择文件', { reason: err.code }),
          );
        }
        return reject(new AppError(ErrorCode.FILE_INVALID, '上传内容格式不正确，请重新选择文件'));
      });
    });
  }
}

/** The parsed file of the current request, or null when the request had none. */
export function receivedFile(req: Request): ReceivedFile | null {
  const f = (req as UploadRequest).file;
  if (!f?.buffer || !f.detected) return null;
  return { buffer: f.buffer, size: f.buffer.length, originalName: f.originalname, detected: f.detected };
}
