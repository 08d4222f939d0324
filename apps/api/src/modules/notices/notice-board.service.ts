import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode, NOTICE_TYPE_RULES, chinaDateTime, receiptCode } from '@gongzhi/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { COMMITTEE, PROPERTY } from '../../common/access.js';
import { communityOf, type Actor } from '../../common/current-user.js';
import { log } from '../../common/logger.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { WechatClient } from '../../integrations/wechat/wechat.client.js';
import { AuditService } from '../audit/audit.service.js';
import { FileAccessRegistry } from '../files/file-access.registry.js';
import { FilesService } from '../files/files.service.js';
import type { BoardPostingDto } from './dto/notice.dto.js';
import { NoticeBoardPosting, type Notice } from './entities/notice.entity.js';
import { publisherLabel } from './notice.mapper.js';
import { NoticesRepository } from './notices.repository.js';
import { NoticesService } from './notices.service.js';

export const NOTICE_POSTING_FILES = 'notice_board_posting';
/** The mini-program page a 小程序码 opens (no leading slash, as WeChat wants). */
export const NOTICE_PAGE = 'sub/notices/detail';

/** The scene of a notice's 小程序码: its id without dashes (32 characters, WeChat's limit). */
export function noticeScene(id: string): string {
  return id.replace(/-/g, '');
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The physical board: the A4 poster (print-ready HTML with the text, the publication time, the hash and a 小程序码
 * opening the notice) and the record that a named role posted it, with a photo (checked like every published image).
 */
@Injectable()
export class NoticeBoardService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: NoticesRepository,
    private readonly notices: NoticesService,
    private readonly files: FilesService,
    private readonly audit: AuditService,
    private readonly wechat: WechatClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    fileAccess: FileAccessRegistry,
  ) {
    // A photo of the public board: anyone in the community (the image check still hides it until it passes).
    fileAccess.register(NOTICE_POSTING_FILES, async (_user, postingId, communityId) =>
      this.ds.getRepository(NoticeBoardPosting).existsBy({ id: postingId, communityId }),
    );
  }

  /** The 小程序码 as a data URL, or null when WeChat cannot make one now (the poster still prints, with the hash). */
  private async code(n: Notice): Promise<string | null> {
    const env = { formal: 'release', trial: 'trial', developer: 'develop' } as const;
    try {
      const png = await this.wechat.wxacodeUnlimited({
        scene: noticeScene(n.id),
        page: NOTICE_PAGE,
        envVersion: env[this.config.wechat.miniprogramState],
      });
      return `data:image/png;base64,${png.toString('base64')}`;
    } catch (e) {
      log('warn', 'notice poster without code', { noticeId: n.id, code: e instanceof AppError ? e.code : 'error' });
      return null;
    }
  }

  async posterHtml(actor: Actor, id: string): Promise<string> {
    const communityId = communityOf(actor);
    const n = await this.notices.published(communityId, id);
    const [community, buildings, code] = await Promise.all([
      this.repo.communityName(communityId),
      n.buildingIds ? this.repo.buildingNames(communityId, n.buildingIds) : Promise.resolve([]),
      this.code(n),
    ]);
    const rule = NOTICE_TYPE_RULES[n.type];
    const paragraphs = n.body
      .split(/\n+/)
      .map((p) => `<p>${esc(p)}</p>`)
      .join('');
    const outage = n.outage
      ? `<p class="outage">时间：${esc(chinaDateTime(new Date(n.outage.startsAt)))} 至 ${esc(chinaDateTime(new Date(n.outage.endsAt)))}</p>`
      : '';
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(n.title)}</title>
<style>@page{size:A4;margin:18mm}body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;font-size:16pt;line-height:1.7;color:#000}
h1{font-size:26pt;text-align:center;margin:0 0 6mm}.type{text-align:center;font-size:14pt}p{margin:0 0 4mm;text-indent:2em}
.foot{display:flex;justify-content:space-between;align-items:flex-end;margin-top:12mm;font-size:12pt}.code img{width:40mm;height:40mm}
.hash{font-family:monospace;font-size:10pt;word-break:break-all}</style></head><body>
<div class="type">${esc(community)} · ${esc(rule.label)}${buildings.length ? ` · ${esc(buildings.join('、'))}` : ''}</div>
<h1>${esc(n.title)}</h1>${paragraphs}${outage}
<div class="foot"><div><div>发布：${esc(publisherLabel(n.authorRole))}</div><div>发布时间：${esc(chinaDateTime(n.publishedAt))}</div>
<div>核对码：${esc(receiptCode(n.hash))}</div><div class="hash">哈希：${esc(n.hash)}</div></div>
<div class="code">${code ? `<img alt="小程序码" src="${code}"><div>微信扫码查看原文</div>` : '<div>在微信「共治」小程序「通知公告」中查看原文</div>'}</div></div>
</body></html>`;
  }

  /** Records that `actor` (property staff or a committee member) posted the notice on the board, with a photo. */
  async recordPosting(actor: Actor, id: string, dto: BoardPostingDto): Promise<NoticeBoardPosting> {
    const communityId = communityOf(actor);
    const n = await this.notices.published(communityId, id);
    const role = [...PROPERTY, ...COMMITTEE].find((r) => actor.roles.includes(r));
    if (!role) throw AppError.forbidden('只有物业工作人员或业委会委员可以登记张贴');
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(NoticeBoardPosting);
      const posting = repo.create({
        communityId,
        noticeId: n.id,
        posterId: actor.personId,
        posterRole: role,
        photoFileId: dto.photoFileId,
        place: dto.place.trim(),
      });
      posting.id = randomUUID();
      const [photo] = await this.files.attach(
        m,
        communityId,
        [dto.photoFileId],
        NOTICE_POSTING_FILES,
        posting.id,
        actor.personId,
        {
          purposes: ['notice_attachment'],
        },
      );
      if (!photo!.mime.startsWith('image/'))
        throw new AppError(ErrorCode.FILE_TYPE_NOT_ALLOWED, '张贴记录须上传公告栏的照片（图片）');
      await repo.insert(posting);
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'notice.board_posting',
          targetType: 'notice',
          targetId: n.id,
          details: { postingId: posting.id },
        },
        m,
      );
      return posting;
    });
  }
}
