import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_REPAIR_CATEGORIES, type RepairCategory } from '@gongzhi/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { communityOf, type Actor } from '../../common/current-user.js';
import { validationError } from '../../common/validation.js';
import { AuditService } from '../audit/audit.service.js';
import { CONTENT_CHECK, type ContentCheck } from '../../common/content-check.js';
import type { ReplaceCategoriesDto } from './dto/categories.dto.js';
import type { CategoryListDto } from './dto/repair.response.dto.js';
import { RepairCategoryRow } from './entities/repair-category.entity.js';

/** The repair categories of a community (defaults until the committee or property replaces them). */
@Injectable()
export class RepairCategoriesService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    @Inject(CONTENT_CHECK) private readonly content: ContentCheck,
  ) {}

  // ---------------------------------------------------------------- categories

  async categories(communityId: string, m: EntityManager = this.ds.manager): Promise<CategoryListDto> {
    const rows = await m.find(RepairCategoryRow, { where: { communityId }, order: { sortOrder: 'ASC' } });
    if (!rows.length)
      return {
        categories: DEFAULT_REPAIR_CATEGORIES.map((c) => structuredClone(c) as RepairCategory),
        isDefault: true,
      };
    return {
      isDefault: false,
      categories: rows.map((r) => ({
        code: r.code,
        name: r.name,
        targets: {
          urgent: { respondMinutes: r.urgentRespondMinutes, resolveMinutes: r.urgentResolveMinutes },
          normal: { respondMinutes: r.normalRespondMinutes, resolveMinutes: r.normalResolveMinutes },
        },
      })),
    };
  }

  /** Replaces the community's categories and targets (from its service contract). Existing tickets keep theirs. */
  async replaceCategories(actor: Actor, dto: ReplaceCategoriesDto): Promise<CategoryListDto> {
    const communityId = communityOf(actor);
    const fields = [];
    const seen = new Set<string>();
    for (const [i, c] of dto.categories.entries()) {
      if (seen.has(c.code)) fields.push({ field: `categories.${i}.code`, messages: ['类别代码重复'] });
      seen.add(c.code);
      for (const k of ['urgent', 'normal'] as const) {
        if (c.targets[k].resolveMinutes < c.targets[k].respondMinutes)
          fields.push({ field: `categories.${i}.targets.${k}.resolveMinutes`, messages: ['解决时限不能短于响应时限'] });
      }
    }
    if (fields.length) throw validationError(fields);
    await this.content.check(
      dto.categories.map((c, i) => ({ field: `categories.${i}.name`, label: '类别名称', text: c.name })),
      { personId: actor.personId, scene: 'profile' },
    );
    await this.ds.transaction(async (m) => {
      await m.delete(RepairCategoryRow, { communityId });
      await m.insert(
        RepairCategoryRow,
        dto.categories.map((c, i) => ({
          communityId,
          code: c.code,
          name: c.name,
          sortOrder: i,
          urgentRespondMinutes: c.targets.urgent.respondMinutes,
          urgentResolveMinutes: c.targets.urgent.resolveMinutes,
          normalRespondMinutes: c.targets.normal.respondMinutes,
          normalResolveMinutes: c.targets.normal.resolveMinutes,
        })),
      );
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'repair.categories_replaced',
          targetType: 'community',
          targetId: communityId,
          details: { codes: dto.categories.map((c) => c.code) },
        },
        m,
      );
    });
    return this.categories(communityId);
  }
}
