import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Metadata } from 'sharp';
import { loadSharp } from '../../common/lazy-modules.js';
import { In, LessThan, type EntityManager, type Repository } from 'typeorm';
import { ErrorCode, chinaIsoMonth } from '@gongzhi/domain';
import { AppError } from '../../common/app-error.js';
import { log } from '../../common/logger.js';
import { JobsService } from '../jobs/jobs.service.js';
import { FileAccessRegistry, type FileReader } from './file-access.registry.js';
import { MediaCheckService } from './media-check.service.js';
import { KINDS_BY_PURPOSE, MAX_IMAGE_SIDE, MAX_INPUT_PIXELS, PURPOSE_LABEL, sanitiseFileName } from './file-kinds.js';
import { sanitisePdf } from './pdf-sanitise.js';
import { FILE_STORAGE, type FileStorage } from './storage/file-storage.js';
import { StoredFile, type FilePurpose } from './stored-file.entity.js';
import type { ReceivedFile } from './upload.interceptor.js';
import { isId } from '../../common/ids.js';

/** Uploads never attached to a record are deleted after this long (the form was abandoned). */
export const PENDING_TTL_HOURS = 48;
export const CLEANUP_JOB = 'files.cleanup-pending';

/** Thumbnail sizes (long side, px): small for lists (a 3-column grid at 2× density), medium for one photo on a page. */
export const THUMBNAIL_SIDES = { small: 240, medium: 720 } as const;
export type ThumbnailSize = keyof typeof THUMBNAIL_SIDES;

/** Where the cached thumbnail of a stored image lives, beside the original (same community and month folder). */
export function thumbnailKey(storageKey: string, size: ThumbnailSize): string {
  return storageKey.replace(/\.(jpg|webp)$/, `.thumb-${size}.jpg`);
}

interface Prepared {
  body: Buffer;
  mime: string;
  ext: 'jpg' | 'webp' | 'pdf';
  width: number | null;
  height: number | null;
}

@Injectable()
export class FilesService implements OnModuleInit {
  constructor(
    @InjectRepository(StoredFile) private readonly files: Repository<StoredFile>,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly access: FileAccessRegistry,
    private readonly jobs: JobsService,
    private readonly mediaCheck: MediaCheckService,
  ) {}

  /**
   * Deletes stored bytes by key after the caller's commit (storage is not transactional): erasure of a person's
   * document photos. A failed delete is the caller's to log; the rows already say what was erased.
   */
  deleteBytes(key: string): Promise<void> {
    return this.storage.delete(key);
  }

  /** Deletes the cached thumbnails of a stored image (erasure, abandoned uploads); none is fine. */
  async deleteThumbnails(key: string): Promise<void> {
    if (!/\.(jpg|webp)$/.test(key)) return;
    for (const size of Object.keys(THUMBNAIL_SIDES) as ThumbnailSize[])
      await this.storage.delete(thumbnailKey(key, size));
  }

  /**
   * A small or medium JPEG of an image, for `user` under exactly the rule of openContent (the same checks, the same
   * 404s). Made once from the original and cached in storage beside it; a PDF has none (404).
   */
  async openThumbnail(
    user: FileReader,
    communityId: string,
    id: string,
    size: ThumbnailSize,
  ): Promise<{ file: StoredFile; body: Buffer }> {
    const { file, stream } = await this.openContent(user, communityId, id);
    if (!file.mime.startsWith('image/')) {
      stream.destroy();
      throw new AppError(ErrorCode.NOT_FOUND, '这个文件不是图片，没有缩略图');
    }
    const key = thumbnailKey(file.storageKey, size);
    try {
      const cached = await this.storage.get(key);
      stream.destroy();
      return { file, body: await readAll(cached) };
    } catch {
      // Not made yet: from the original below.
    }
    const sharp = await loadSharp();
    const side = THUMBNAIL_SIDES[size];
    const body = await sharp(await readAll(stream), { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'none' })
      .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer();
    await this.storage.put(key, body, 'image/jpeg');
    return { file, body };
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.work(CLEANUP_JOB, async () => {
      await this.deleteAbandoned();
    });
    await this.jobs.schedule(CLEANUP_JOB, '17 3 * * *');
  }

  /** Deletes pending uploads older than PENDING_TTL_HOURS (rows and bytes). Returns how many. */
  async deleteAbandoned(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - PENDING_TTL_HOURS * 3600_000);
    let deleted = 0;
    for (;;) {
      const batch = await this.files.find({
        where: { status: 'pending', createdAt: LessThan(cutoff) },
        order: { createdAt: 'ASC' },
        take: 200,
      });
      if (!batch.length) return deleted;
      for (const f of batch) {
        // Row first and only while still pending (an attach() may win the race); then the bytes.
        const res = await this.files.delete({ id: f.id, status: 'pending' });
        if (!res.affected) continue;
        deleted += 1;
        await this.storage
          .delete(f.storageKey)
          .then(() => this.deleteThumbnails(f.storageKey))
          .catch((e: unknown) =>
            log('warn', 'abandoned file bytes not deleted', { fileId: f.id, reason: (e as Error).message }),
          );
      }
      if (batch.length < 200) return deleted;
    }
  }

  /** Stores an upload for `uploaderId` in `communityId` as a pending file; images are re-encoded first. */
  async upload(
    communityId: string,
    uploaderId: string,
    purpose: FilePurpose,
    file: ReceivedFile | null,
  ): Promise<StoredFile> {
    if (!file) throw new AppError(ErrorCode.FILE_INVALID, '请选择要上传的文件（字段名 file）');
    if (!KINDS_BY_PURPOSE[purpose].includes(file.detected.kind)) {
      throw new AppError(ErrorCode.FILE_TYPE_NOT_ALLOWED, `${PURPOSE_LABEL[purpose]}只能上传图片（JPEG、PNG、WebP）`, {
        purpose,
      });
    }
    const prepared =
      file.detected.kind === 'image' ? await this.reencodeImage(file.buffer) : this.checkPdf(file.buffer);
    const id = randomUUID();
    const key = storageKey(communityId, id, prepared.ext);
    await this.storage.put(key, prepared.body, prepared.mime);
    try {
      // The file and the start of its content check (images others see) commit together.
      return await this.files.manager.transaction(async (m) => {
        const saved = await m.getRepository(StoredFile).save(
          m.getRepository(StoredFile).create({
            id,
            communityId,
            uploaderId,
            purpose,
            mime: prepared.mime,
            sizeBytes: String(prepared.body.length),
            sha256: createHash('sha256').update(prepared.body).digest('hex'),
            storageKey: key,
            originalName: sanitiseFileName(file.originalName),
            width: prepared.width,
            height: prepared.height,
            status: 'pending',
            ownerType: null,
            ownerId: null,
          }),
        );
        if (this.mediaCheck.needsCheck(saved)) await this.mediaCheck.enqueue(m, saved);
        return saved;
      });
    } catch (e) {
      await this.storage.delete(key).catch(() => undefined);
      throw e;
    }
  }

  /**
   * Attaches pending files to a record, inside the caller's transaction. Refuses (FILE.INVALID, nothing attached)
   * when any file is missing, of another community, uploaded by someone else, already attached, or of a purpose
   * the caller does not accept.
   */
  async attach(
    manager: EntityManager,
    communityId: string,
    fileIds: string[],
    ownerType: string,
    ownerId: string,
    uploaderId: string,
    opts: { purposes?: FilePurpose[] } = {},
  ): Promise<StoredFile[]> {
    const ids = [...new Set(fileIds)];
    if (ids.length === 0) return [];
    const bad = ids.filter((id) => !isId(id));
    const rows = bad.length
      ? []
      : await manager
          .getRepository(StoredFile)
          .find({ where: { id: In(ids), communityId }, lock: { mode: 'pessimistic_write' } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const problems: Array<{ fileId: string; reason: string }> = [];
    for (const id of ids) {
      const f = byId.get(id);
      if (!f || f.uploaderId !== uploaderId) problems.push({ fileId: id, reason: '附件不存在或不是您上传的' });
      else if (f.status !== 'pending') problems.push({ fileId: id, reason: '附件已被使用' });
      else if (opts.purposes && !opts.purposes.includes(f.purpose))
        problems.push({ fileId: id, reason: `附件用途不符（${PURPOSE_LABEL[f.purpose]}）` });
    }
    if (problems.length) {
      throw new AppError(ErrorCode.FILE_INVALID, `附件不可用：${problems[0].reason}，请重新上传`, { files: problems });
    }
    await manager
      .getRepository(StoredFile)
      .update({ id: In(ids), communityId, status: 'pending' }, { status: 'attached', ownerType, ownerId });
    return ids.map((id) => Object.assign(byId.get(id)!, { status: 'attached' as const, ownerType, ownerId }));
  }

  /** Files attached to one record, oldest first (for the owning module's mapper). */
  listForOwner(
    communityId: string,
    ownerType: string,
    ownerId: string,
    manager?: EntityManager,
  ): Promise<StoredFile[]> {
    const repo = manager ? manager.getRepository(StoredFile) : this.files;
    return repo.find({ where: { communityId, ownerType, ownerId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * The file's bytes for `user`, or 404 (the same answer as for a missing file) when it belongs to another
   * community, is someone else's unattached upload, or is attached to a record the user may not see; an image
   * whose content check has not passed answers 404 to everyone but its uploader (MediaCheckService).
   */
  async openContent(
    user: FileReader,
    communityId: string,
    id: string,
  ): Promise<{ file: StoredFile; stream: Readable }> {
    const notFound = AppError.notFound('文件');
    if (!isId(id)) throw notFound;
    const file = await this.files.findOneBy({ id, communityId });
    if (!file) throw notFound;
    const allowed =
      file.status === 'pending'
        ? file.uploaderId === user.personId
        : await this.access.canRead(user, file.ownerType!, file.ownerId!, communityId);
    if (!allowed) throw notFound;
    if (file.erasedAt) throw new AppError(ErrorCode.NOT_FOUND, '该文件已按上传人的注销申请删除');
    if (file.uploaderId !== user.personId && !(await this.mediaCheck.visibleToOthers(file.id))) {
      throw new AppError(ErrorCode.NOT_FOUND, '这张图片正在进行内容安全检查（或未通过检查），暂时不能查看');
    }
    try {
      return { file, stream: await this.storage.get(file.storageKey) };
    } catch (e) {
      log('error', 'stored file missing', {
        fileId: file.id,
        driver: this.storage.driver,
        reason: (e as Error).message,
      });
      throw new AppError(ErrorCode.UNAVAILABLE, '文件暂时无法读取，请稍后再试');
    }
  }

  /** Re-encodes an image: auto-rotated, no EXIF/GPS/ICC, at most 2560 px on its long side, JPEG (WebP if transparent). */
  private async reencodeImage(input: Buffer): Promise<Prepared> {
    const sharp = await loadSharp();
    const open = () => sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', animated: false });
    let meta: Metadata;
    try {
      meta = await open().metadata();
      if (!meta.width || !meta.height) throw new Error('no dimensions');
      if (meta.width * meta.height > MAX_INPUT_PIXELS) throw new Error('Input image exceeds pixel limit');
      const pipeline = open()
        .rotate()
        .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true });
      const transparent = meta.hasAlpha === true;
      const encoded = transparent ? pipeline.webp({ quality: 85 }) : pipeline.jpeg({ quality: 85, mozjpeg: true });
      const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
      return {
        body: data,
        mime: transparent ? 'image/webp' : 'image/jpeg',
        ext: transparent ? 'webp' : 'jpg',
        width: info.width,
        height: info.height,
      };
    } catch (e) {
      if (/pixel limit/i.test((e as Error).message)) {
        throw new AppError(
          ErrorCode.FILE_INVALID,
          `图片像素过多（上限 ${MAX_INPUT_PIXELS / 10_000} 万像素），请缩小后再上传`,
        );
      }
      throw new AppError(ErrorCode.FILE_INVALID, '图片已损坏或无法读取，请重新拍摄或选择图片');
    }
  }

  /**
   * Only a whole PDF is accepted, and it is stored without active content (JavaScript, open/launch actions, embedded
   * files: `sanitisePdf`) before anyone else can download it; it is also served with a sandboxing CSP.
   */
  private checkPdf(input: Buffer): Prepared {
    const tail = input.subarray(Math.max(0, input.length - 1024)).toString('latin1');
    if (!tail.includes('%%EOF')) throw new AppError(ErrorCode.FILE_INVALID, 'PDF 文件不完整或已损坏，请重新导出后上传');
    const clean = sanitisePdf(input);
    if (!clean.ok) {
      throw new AppError(
        ErrorCode.FILE_INVALID,
        'PDF 含有脚本、嵌入文件等无法自动去除的内容，请用“打印”功能另存为 PDF 后再上传',
      );
    }
    if (clean.removed) log('info', 'pdf active content removed', { names: clean.removed });
    return { body: clean.body, mime: 'application/pdf', ext: 'pdf', width: null, height: null };
  }
}

/** `<community>/<yyyy>/<mm>/<uuid>.<ext>`, the month in China time. Nothing from the client goes into it. */
export function storageKey(communityId: string, id: string, ext: string, now = new Date()): string {
  if (!isId(communityId)) throw new Error('community id must be a uuid');
  const [yyyy, mm] = chinaIsoMonth(now).split('-');
  return `${communityId.toLowerCase()}/${yyyy}/${mm}/${id}.${ext}`;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
