import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  MENU_GROUPS,
  MENU_GROUP_LABELS,
  EVIDENCE_LABELS,
  VERIFIER_LABELS,
  menuTemplate,
  validateMenu,
  type MenuGrade,
  type MenuItem,
} from '@gongzhi/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode } from '@gongzhi/domain';
import { AppError } from '../../common/app-error.js';
import { communityOf, type Actor } from '../../common/current-user.js';
import { IdempotencyService } from '../../common/idempotency.js';
import { isId } from '../../common/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { FileAccessRegistry } from '../files/file-access.registry.js';
import { FilesService } from '../files/files.service.js';
import { InboxService } from '../inbox/inbox.service.js';
import type { ProposeContractDto } from './dto/supervision.dto.js';
import { SupervisionContract } from './entities/supervision.entities.js';
import { SupervisionClock } from './supervision-clock.js';
import { SupervisionRepository } from './supervision.repository.js';

const COMMITTEE_ROLES = ['committee_member', 'committee_chair'] as const;

/** The menu grouped like the national standard, with the labels residents read. */
export function groupedMenu(items: readonly MenuItem[]) {
  return MENU_GROUPS.map((g) => ({
    group: g,
    label: MENU_GROUP_LABELS[g],
    items: items
      .filter((i) => i.group === g)
      .map((i) => ({ ...i, evidenceLabel: EVIDENCE_LABELS[i.evidence], verifierLabel: VERIFIER_LABELS[i.verifier] })),
  })).filter((g) => g.items.length);
}

/**
 * The property-service contract and its service menu (菜单式服务, domain-rules §12): a committee member records it from
 * a grade template (adapted or not); it becomes the community's contract only when ANOTHER committee member confirms
 * it (§10), and the previous one is superseded. Everyone in the community reads "what we pay for".
 */
@Injectable()
export class ContractsService implements OnModuleInit {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: SupervisionRepository,
    private readonly files: FilesService,
    private readonly fileAccess: FileAccessRegistry,
    private readonly audit: AuditService,
    private readonly inbox: InboxService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: SupervisionClock,
  ) {}

  onModuleInit(): void {
    // A contract is the community's public record: everyone in the community may read its scans.
    this.fileAccess.register(
      'supervision_contract',
      async (user, _id, communityId) => user.communityId === communityId,
    );
  }

  template(grade: MenuGrade) {
    return { grade, groups: groupedMenu(menuTemplate(grade)) };
  }

  async propose(actor: Actor, dto: ProposeContractDto, key: string | null) {
    const communityId = communityOf(actor);
    const menu = (dto.menu as MenuItem[] | undefined) ?? menuTemplate(dto.grade);
    const problems = validateMenu(menu);
    if (problems.length)
      throw new AppError(ErrorCode.VALIDATION_FAILED, `服务菜单不完整：${problems[0].reason}`, {
        fields: problems.map((p) => ({ field: p.code ? `menu.${p.code}` : 'menu', messages: [p.reason] })),
      });
    if (dto.termEnd <= dto.termStart)
      throw new AppError(ErrorCode.VALIDATION_FAILED, '合同结束日期应晚于开始日期', {
        fields: [{ field: 'termEnd', messages: ['合同结束日期应晚于开始日期'] }],
      });
    const { id } = await this.idempotency.run(
      { actorId: actor.personId, route: 'POST /api/v1/supervision/contracts', key, body: dto },
      async (m) => {
        const saved = await m.getRepository(SupervisionContract).save({
          communityId,
          companyName: dto.companyName,
          termStart: dto.termStart,
          termEnd: dto.termEnd,
          grade: dto.grade,
          fees: dto.fees.map((f) => ({ unitKind: f.unitKind, fenPerM2: f.fenPerM2 })),
          menu,
          holdBack: dto.holdBack ? { sharePermille: dto.holdBack.sharePermille, bands: dto.holdBack.bands } : null,
          attachmentIds: dto.attachmentIds ?? [],
          status: 'proposed' as const,
          proposedBy: actor.personId,
        });
        await this.files.attach(
          m,
          communityId,
          dto.attachmentIds ?? [],
          'supervision_contract',
          saved.id,
          actor.personId,
          {
            purposes: ['notice_attachment'],
          },
        );
        const others = (await this.repo.peopleWithRole(m, communityId, COMMITTEE_ROLES)).filter(
          (p) => p !== actor.personId,
        );
        await this.inbox.send(m, {
          communityId,
          personIds: others,
          kind: 'supervision.contract',
          title: '物业服务合同待确认',
          body: `有委员录入了与“${dto.companyName}”的物业服务合同和服务菜单，需要另一位委员核对后确认。`,
        });
        await this.audit.record(
          {
            communityId,
            actorId: actor.personId,
            action: 'supervision.contract_proposed',
            targetType: 'supervision_contract',
            targetId: saved.id,
          },
          m,
        );
        return { id: saved.id };
      },
    );
    return this.view(this.ds.manager, communityId, id);
  }

  /** A committee member other than the one who recorded it confirms; the previous active contract is superseded. */
  async confirm(actor: Actor, id: string) {
    const communityId = communityOf(actor);
    if (!isId(id)) throw AppError.notFound('物业服务合同');
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(SupervisionContract);
      const c = await repo.findOne({ where: { id, communityId }, lock: { mode: 'pessimistic_write' } });
      if (!c) throw AppError.notFound('物业服务合同');
      if (c.status !== 'proposed')
        throw new AppError(ErrorCode.ILLEGAL_TRANSITION, '这份合同已经确认过了', { currentStatus: c.status });
      if (c.proposedBy === actor.personId)
        throw AppError.forbidden('录入合同的委员不能自己确认，请另一位委员核对后确认');
      await repo.update({ communityId, status: 'active' }, { status: 'superseded' });
      Object.assign(c, { status: 'active', confirmedBy: actor.personId, confirmedAt: this.clock.now() });
      await repo.save(c);
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'supervision.contract_confirmed',
          targetType: 'supervision_contract',
          targetId: c.id,
        },
        m,
      );
      return this.view(m, communityId, c.id);
    });
  }

  /** The community's active contract, or null. */
  active(m: EntityManager, communityId: string): Promise<SupervisionContract | null> {
    return m.getRepository(SupervisionContract).findOne({ where: { communityId, status: 'active' } });
  }

  /** "What we pay for": the active contract, its menu by group, and each building's monthly fee. */
  async current(actor: Actor) {
    const communityId = communityOf(actor);
    const c = await this.active(this.ds.manager, communityId);
    const pending = await this.ds.getRepository(SupervisionContract).find({
      where: { communityId, status: 'proposed' },
      order: { createdAt: 'DESC' },
      take: 20,
    });
    return {
      contract: c ? await this.view(this.ds.manager, communityId, c.id) : null,
      pending: await Promise.all(pending.map((p) => this.view(this.ds.manager, communityId, p.id))),
    };
  }

  async view(m: EntityManager, communityId: string, id: string) {
    const c = await m.getRepository(SupervisionContract).findOneOrFail({ where: { id, communityId } });
    const names = await this.repo.names(m, [c.proposedBy, c.confirmedBy]);
    const files = await this.files.listForOwner(communityId, 'supervision_contract', c.id, m);
    return {
      id: c.id,
      companyName: c.companyName,
      termStart: c.termStart,
      termEnd: c.termEnd,
      grade: c.grade,
      status: c.status,
      fees: c.fees,
      holdBack: c.holdBack,
      groups: groupedMenu(c.menu),
      byBuilding: await this.repo.feesByBuilding(m, communityId, c.fees),
      attachments: files.map((f) => ({ id: f.id, contentUrl: `/api/v1/files/${f.id}/content` })),
      proposedByName: names.get(c.proposedBy) ?? '',
      confirmedByName: c.confirmedBy ? (names.get(c.confirmedBy) ?? '') : null,
      confirmedAt: c.confirmedAt,
      createdAt: c.createdAt,
    };
  }
}
