import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ErrorCode } from '@gongzhi/domain';
import type { Readable } from 'node:stream';
import { DataSource, In, LessThan, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { log } from '../../common/logger.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { JobsService } from '../jobs/jobs.service.js';
import { InboxService } from '../inbox/inbox.service.js';
import { WechatPushHandlers, type PushMessage, type PushOutcome } from '../../integrations/wechat/push-handlers.js';
import { TEXT_MODERATION, type TextModerationClient } from '../../integrations/wechat/text-moderation.client.js';
import { WechatClient } from '../../integrations/wechat/wechat.client.js';
import { PURPOSE_LABEL } from './file-kinds.js';
import { MEDIA_DECIDED, MediaCheck, MediaCheckTrace, type MediaCheckStatus } from './media-check.entity.js';
import { mediaSignatureValid, signedMediaUrl } from './media-url.js';
import { FILE_STORAGE, type FileStorage } from './storage/file-storage.js';
import { StoredFile, type FilePurpose } from './stored-file.entity.js';

export const MEDIA_SUBMIT_JOB = 'files.media-check';
export const MEDIA_SWEEP_JOB = 'files.media-check-sweep';
/** Images of these purposes are seen by others (residents, the whole community) and are checked. */
export const CHECKED_PURPOSES: FilePurpose[] = ['repair_photo', 'ledger_attachment', 'notice_attachment'];
/** WeChat pushes a verdict within about 30 minutes; after this long without one the image is submitted again. */
const RESUBMIT_AFTER_MS = 60 * 60_000;
const MAX_SUBMISSIONS = 5;
const NOT_RECENTLY_ACTIVE = 61010;
/** How strict each state is: a verdict replaces the current state only when it is stricter (risky wins over pass). */
const RANK: Record<MediaCheckStatus, number> = { queued: 0, submitted: 0, unchecked: 1, pass: 2, review: 3, risky: 4 };

/**
 * Content security of images others see (media_check_async, domain-rules §9). An image is hidden from everyone but
 * its uploader until its check says `pass`:
 *   upload → `queued` (same transaction as the file, plus an outbox job) → job: signed URL to WeChat with the
 *   uploader's openid → `submitted` (trace id) → push `wxa_media_check` → `pass` | `review` | `risky`.
 * WeChat down: stays `queued`, the job retries and the sweep (every 10 minutes) tries again; no push within an hour:
 * submitted again (new trace id; a late push of an old one still counts). An uploader WeChat cannot check (no openid,
 * or 61010) goes to the second provider (synchronous verdict); with none configured the image stays `unchecked`
 * (hidden). A held image tells its uploader in an in-app message. A later, stricter verdict wins; a laxer one is
 * ignored, so duplicate and late pushes cannot unhide an image.
 */
@Injectable()
export class MediaCheckService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ds: DataSource,
    private readonly wechat: WechatClient,
    private readonly jobs: JobsService,
    private readonly push: WechatPushHandlers,
    @Inject(TEXT_MODERATION) private readonly second: TextModerationClient | null,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly inbox: InboxService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.push.register('wxa_media_check', (msg) => this.onPush(msg));
    await this.jobs.work<{ fileId: string }>(MEDIA_SUBMIT_JOB, async ({ fileId }) => {
      await this.submit(fileId);
    });
    await this.jobs.work(MEDIA_SWEEP_JOB, async () => {
      await this.submitDue();
    });
    await this.jobs.schedule(MEDIA_SWEEP_JOB, '*/10 * * * *');
  }

  needsCheck(file: Pick<StoredFile, 'mime' | 'purpose'>): boolean {
    return this.config.wechat.mediaCheck && file.mime.startsWith('image/') && CHECKED_PURPOSES.includes(file.purpose);
  }

  /** Starts the check of a new image, inside the upload's transaction. */
  async enqueue(m: EntityManager, file: StoredFile): Promise<void> {
    await m.insert(MediaCheck, {
      fileId: file.id,
      communityId: file.communityId,
      uploaderId: file.uploaderId,
      status: 'queued',
    });
    await this.jobs.enqueueInTransaction(m, MEDIA_SUBMIT_JOB, { fileId: file.id }, { singletonKey: file.id });
  }

  /** Whether people other than the uploader may see this file: no check, or a check that passed. */
  async visibleToOthers(fileId: string): Promise<boolean> {
    const c = await this.ds.getRepository(MediaCheck).findOneBy({ fileId });
    return !c || c.status === 'pass';
  }

  /**
   * Sends one image to its checker. Throws when WeChat or the second provider cannot be reached (the job retries;
   * the image stays queued and hidden).
   */
  async submit(fileId: string, now = new Date()): Promise<MediaCheckStatus | null> {
    const repo = this.ds.getRepository(MediaCheck);
    const c = await repo.findOneBy({ fileId });
    if (!c || MEDIA_DECIDED.includes(c.status)) return c?.status ?? null;
    await repo.increment({ fileId }, 'attempts', 1);
    const [person]: Array<{ openid: string | null }> = await this.ds.query(`SELECT openid FROM persons WHERE id = $1`, [
      c.uploaderId,
    ]);
    const url = signedMediaUrl(this.config, fileId, now);
    if (person?.openid) {
      try {
        const traceId = await this.wechat.mediaCheckAsync({ mediaUrl: url, openid: person.openid, scene: 2 });
        await this.ds.transaction(async (m) => {
          await m.insert(MediaCheckTrace, { traceId, fileId });
          await m.update(
            MediaCheck,
            { fileId, status: In(['queued', 'submitted']) },
            { status: 'submitted', checker: 'wechat', submittedAt: now },
          );
        });
        return 'submitted';
      } catch (e) {
        const errcode = e instanceof AppError ? (e.details as { errcode?: number } | undefined)?.errcode : undefined;
        if (errcode !== NOT_RECENTLY_ACTIVE) {
          log('warn', 'media check not submitted', { fileId, reason: (e as AppError).code ?? (e as Error).name });
          throw e;
        }
      }
    }
    if (!this.second) return (await this.decide(fileId, 'unchecked', null, null)).status;
    const v = await this.second.check({ type: 'image', url, scene: 'comment' });
    return (await this.decide(fileId, v.suggest, 'second', v.label)).status;
  }

  /** The sweep: every queued image, and submitted ones WeChat has not answered for an hour, go (again) to the checker. */
  async submitDue(now = new Date()): Promise<number> {
    const due = await this.ds.getRepository(MediaCheck).find({
      where: [
        { status: 'queued' },
        { status: 'submitted', submittedAt: LessThan(new Date(now.getTime() - RESUBMIT_AFTER_MS)) },
      ],
      order: { createdAt: 'ASC' },
      take: 200,
    });
    let sent = 0;
    for (const c of due) {
      if (c.status === 'submitted' && c.attempts >= MAX_SUBMISSIONS) continue;
      try {
        await this.submit(c.fileId, now);
        sent += 1;
      } catch {
        // Logged in submit(); the image stays hidden and the next sweep tries again.
      }
    }
    return sent;
  }

  /** A `wxa_media_check` push: the verdict of one trace id. */
  private async onPush(msg: PushMessage): Promise<PushOutcome> {
    const traceId = typeof msg.trace_id === 'string' ? msg.trace_id : '';
    const trace = traceId ? await this.ds.getRepository(MediaCheckTrace).findOneBy({ traceId }) : null;
    if (!trace) return { outcome: 'unknown-trace' };
    const result = msg.result as { suggest?: unknown; label?: unknown } | undefined;
    const suggest = result?.suggest;
    if (suggest !== 'pass' && suggest !== 'review' && suggest !== 'risky') {
      // WeChat could not check it (e.g. it could not download the image): the sweep submits it again.
      return { outcome: 'no-verdict' };
    }
    const label = result?.label === undefined || result.label === null ? null : String(result.label).slice(0, 32);
    const r = await this.decide(trace.fileId, suggest, 'wechat', label);
    return { outcome: r.changed ? 'handled' : 'duplicate-verdict', communityId: r.communityId };
  }

  /** Records a verdict if it is the first or stricter than the one recorded; tells the uploader when an image is held. */
  private async decide(
    fileId: string,
    verdict: 'pass' | 'review' | 'risky' | 'unchecked',
    checker: string | null,
    label: string | null,
  ): Promise<{ changed: boolean; status: MediaCheckStatus | null; communityId: string | null }> {
    return this.ds.transaction(async (m) => {
      const c = await m.findOne(MediaCheck, { where: { fileId }, lock: { mode: 'pessimistic_write' } });
      if (!c) return { changed: false, status: null, communityId: null };
      const decided = MEDIA_DECIDED.includes(c.status);
      if (decided && RANK[verdict] <= RANK[c.status])
        return { changed: false, status: c.status, communityId: c.communityId };
      const wasHeld = c.status === 'review' || c.status === 'risky' || c.status === 'unchecked';
      await m.update(MediaCheck, { fileId }, { status: verdict, checker, label, decidedAt: new Date() });
      if (verdict !== 'pass' && !wasHeld) await this.tellUploader(m, c, verdict);
      log('info', 'media check decided', { fileId, status: verdict, checker });
      return { changed: true, status: verdict, communityId: c.communityId };
    });
  }

  private async tellUploader(m: EntityManager, c: MediaCheck, verdict: 'review' | 'risky' | 'unchecked') {
    const file = await m.findOneBy(StoredFile, { id: c.fileId });
    const what = `您上传的${file ? PURPOSE_LABEL[file.purpose] : '图片'}${file?.originalName ? `「${file.originalName.slice(0, 60)}」` : ''}`;
    const body =
      verdict === 'unchecked'
        ? `${what}无法进行内容安全检查（不是在微信小程序中上传的），其他人看不到它。请在微信小程序中重新上传。`
        : `${what}未通过微信内容安全检查，其他人看不到它。请换一张图片重新上传。`;
    await this.inbox.send(m, {
      communityId: c.communityId,
      personIds: [c.uploaderId],
      kind: 'media.held',
      title: verdict === 'unchecked' ? '图片无法检查，暂不公开' : '图片未通过内容安全检查',
      body,
    });
  }

  /**
   * The bytes of an image under check, for the checker fetching the signed URL: only with a valid, unexpired
   * signature and only while the check is open (queued or submitted). Anything else answers 404.
   */
  async openForChecker(fileId: string, e: unknown, s: unknown): Promise<{ file: StoredFile; stream: Readable }> {
    const notFound = AppError.notFound('文件');
    if (!/^[0-9a-f-]{36}$/i.test(fileId) || !mediaSignatureValid(this.config, fileId, e, s)) throw notFound;
    const c = await this.ds.getRepository(MediaCheck).findOneBy({ fileId });
    if (!c || MEDIA_DECIDED.includes(c.status)) throw notFound;
    const file = await this.ds.getRepository(StoredFile).findOneBy({ id: fileId });
    if (!file) throw notFound;
    try {
      return { file, stream: await this.storage.get(file.storageKey) };
    } catch {
      throw new AppError(ErrorCode.UNAVAILABLE, '文件暂时无法读取，请稍后再试');
    }
  }
}
