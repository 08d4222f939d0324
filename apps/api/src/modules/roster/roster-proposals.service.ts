import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@gongzhi/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { COMMITTEE } from '../../common/access.js';
import { communityOf, hasRole, type Actor } from '../../common/current-user.js';
import { IdempotencyService } from '../../common/idempotency.js';
import { AuditService } from '../audit/audit.service.js';
import { BroadcastsService } from '../notifications/broadcasts.service.js';
import { IdentityService } from '../identity/identity.service.js';
import { RosterImport } from './entities/roster-import.entity.js';
import { RosterChange } from './entities/roster-proposal.entities.js';
import { applyMerge, applyRows } from './roster-apply.js';
import { RosterClock } from './roster-clock.js';
import { diffRoster, type FieldChange } from './roster-diff.js';
import {
  confirmationsNeeded,
  confirmerKind,
  FIRST_ROSTER_POSTING_DAYS,
  hasConfirmedRoster,
  NEVER_CONFIRM,
  objectionDays,
  SUBDISTRICT_CONFIRMER_ROLES,
} from './roster-policy.js';
import { RosterService } from './roster.service.js';

const DAY = 86_400_000;
const lock = (m: EntityManager, communityId: string) =>
  m.query(`SELECT pg_advisory_xact_lock(hashtext('roster:' || $1))`, [communityId]);

/**
 * Roster changes as proposals (domain-rules §10): a previewed file (or a merge of owner records) is proposed by the
 * committee or the property manager, takes effect only when confirmed by two committee members other than the
 * proposer, is recorded field by field (roster_changes), and each affected owner is told (objections:
 * RosterObjectionsService).
 */
@Injectable()
export class RosterProposalsService {
  constructor(
    private readonly ds: DataSource,
    private readonly roster: RosterService,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly broadcasts: BroadcastsService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: RosterClock,
  ) {}

  /** A checked preview becomes a proposal: nothing in the roster changes yet. */
  async propose(actor: Actor, id: string) {
    const communityId = communityOf(actor);
    return this.ds.transaction(async (m) => {
      await lock(m, communityId);
      const imp = await this.roster.find(m, communityId, id, true);
      if (imp.status !== 'preview') {
        throw new AppError(ErrorCode.ILLEGAL_TRANSITION, '这份名册已经提交过了；如需再次提交，请重新上传', {
          currentStatus: imp.status,
        });
      }
      if (imp.errors.length) {
        throw new AppError(ErrorCode.ROSTER_INVALID, `名册有 ${imp.errors.length} 处错误，请修正后重新上传`, {
          errors: imp.errors.slice(0, 100),
        });
      }
      const d = await diffRoster(m, this.identity.cipher, communityId, imp.rows);
      if (d.summary.changes === 0) throw AppError.conflict('这份名册与现有名册完全一致，没有需要确认的变更');
      await this.markProposed(m, actor, imp, d.fieldsSha256);
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'roster.proposed',
          targetType: 'roster_import',
          targetId: imp.id,
          details: { ...d.summary, fields: d.fields.length, fileSha256: imp.fileSha256 },
        },
        m,
      );
      return this.roster.view(m, imp);
    });
  }

  /** Merging owner records into one person is itself a proposal, showing its evidence; never automatic by name. */
  async proposeMerge(
    actor: Actor,
    dto: { keepPersonId: string; mergePersonIds: string[]; evidence: string },
    key: string | null,
  ) {
    const communityId = communityOf(actor);
    const { id } = await this.idempotency.run(
      { actorId: actor.personId, route: 'POST /api/v1/roster/merges', key, body: dto },
      async (m) => {
        await lock(m, communityId);
        const ids = [dto.keepPersonId, ...dto.mergePersonIds];
        if (new Set(ids).size !== ids.length) throw AppError.conflict('要合并的记录不能重复，也不能包含保留的记录');
        const owners: Array<{ person_id: string; name: string; openid: string | null; roles: number }> = await m.query(
          `SELECT DISTINCT o.person_id, p.name, p.openid,
                  (SELECT count(*)::int FROM role_assignments r WHERE r.person_id = p.id) AS roles
             FROM ownerships o JOIN persons p ON p.id = o.person_id WHERE o.community_id = $1 AND o.person_id = ANY($2::uuid[])`,
          [communityId, ids],
        );
        if (owners.length !== ids.length) throw AppError.notFound('业主记录');
        const merged = owners.filter((o) => o.person_id !== dto.keepPersonId);
        if (merged.some((o) => o.openid !== null || o.roles > 0))
          throw AppError.conflict('被合并的记录已有人登录使用或担任角色，不能合并：请保留该记录、合并其他记录');
        const [elsewhere] = await m.query(
          `SELECT 1 FROM ownerships WHERE person_id = ANY($1::uuid[]) AND community_id <> $2 LIMIT 1`,
          [dto.mergePersonIds, communityId],
        );
        if (elsewhere) throw AppError.conflict('被合并的记录在其他小区也有房屋，不能在本小区合并');
        const imp = await m.getRepository(RosterImport).save({
          communityId,
          kind: 'merge' as const,
          uploadedBy: actor.personId,
          fileName: `合并业主记录：${owners.map((o) => o.name).join('、')}`.slice(0, 200),
          fileSha256: '0'.repeat(64),
          status: 'preview' as const,
          totalRows: 0,
          rows: [],
          errors: [],
          columnMap: {},
          merge: { ...dto, evidenceFileId: null },
          result: null,
        });
        await this.markProposed(m, actor, imp, null);
        await this.audit.record(
          {
            communityId,
            actorId: actor.personId,
            action: 'roster.merge_proposed',
            targetType: 'roster_import',
            targetId: imp.id,
            details: { records: ids.length },
          },
          m,
        );
        return { id: imp.id };
      },
    );
    return this.roster.get(communityId, id);
  }

  private async markProposed(m: EntityManager, actor: Actor, imp: RosterImport, sha: string | null) {
    const now = this.clock.now();
    const kind = await confirmerKind(m, imp.communityId);
    const first = !(await hasConfirmedRoster(m, imp.communityId));
    Object.assign(imp, {
      status: 'proposed',
      proposedBy: actor.personId,
      proposedAt: now,
      changesSha256: sha,
      // The first roster of a community without committee is posted by room number for objections first.
      postingEndsAt: kind === 'subdistrict' && first ? new Date(now.getTime() + FIRST_ROSTER_POSTING_DAYS * DAY) : null,
    });
    await m.getRepository(RosterImport).save(imp);
  }

  /** One confirmation; the last one needed applies the proposal in the same transaction. */
  async confirm(actor: Actor, id: string) {
    const communityId = communityOf(actor);
    return this.ds.transaction(async (m) => {
      await lock(m, communityId);
      const imp = await this.roster.find(m, communityId, id, true);
      if (imp.status !== 'proposed')
        throw new AppError(ErrorCode.ILLEGAL_TRANSITION, '这份名册不在待确认状态', { currentStatus: imp.status });
      const kind = await confirmerKind(m, communityId);
      if (kind === 'subdistrict') {
        if (!hasRole(actor, ...SUBDISTRICT_CONFIRMER_ROLES))
          throw AppError.forbidden('本小区尚未成立业委会：名册须由街道办事处工作人员确认');
        if (imp.postingEndsAt && imp.postingEndsAt.getTime() > this.clock.now().getTime())
          throw AppError.conflict(`首次名册须按房号公示满 ${FIRST_ROSTER_POSTING_DAYS} 天后才能确认`, {
            postingEndsAt: imp.postingEndsAt,
          });
      }
      if (kind === 'committee' && !hasRole(actor, ...COMMITTEE))
        throw AppError.forbidden('本小区已成立业委会：名册变更须由两位委员确认');
      if (hasRole(actor, ...NEVER_CONFIRM)) throw AppError.forbidden('物业服务企业可以提议名册变更，但不能确认');
      if (imp.proposedBy === actor.personId) throw AppError.forbidden('提议人不能确认自己的提议：须由另外两位委员确认');
      const role = actor.roles.find((r) => r === 'committee_chair' || r === 'committee_member') ?? actor.roles[0];
      const inserted: unknown[] = await m.query(
        `INSERT INTO roster_confirmations (community_id, import_id, person_id, role) VALUES ($1, $2, $3, $4)
         ON CONFLICT (import_id, person_id) DO NOTHING RETURNING id`,
        [communityId, imp.id, actor.personId, role],
      );
      if (!inserted.length) throw AppError.conflict('您已经确认过这份提议，还须另一位委员确认');
      const confirmers: string[] = (
        await m.query(`SELECT person_id FROM roster_confirmations WHERE import_id = $1 ORDER BY created_at, id`, [
          imp.id,
        ])
      ).map((r: { person_id: string }) => r.person_id);
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'roster.confirmed',
          targetType: 'roster_import',
          targetId: imp.id,
        },
        m,
      );
      if (confirmers.length >= confirmationsNeeded(kind)) await this.apply(m, imp, confirmers);
      return this.roster.view(m, imp);
    });
  }

  private async apply(m: EntityManager, imp: RosterImport, confirmers: string[]) {
    const communityId = imp.communityId;
    const now = this.clock.now();
    const records: Array<{ unitId: string; fields: FieldChange[]; affected: string[] }> = [];
    let revoke = new Set<string>();
    if (imp.kind === 'import') {
      const d = await diffRoster(m, this.identity.cipher, communityId, imp.rows);
      if (d.fieldsSha256 !== imp.changesSha256)
        throw AppError.conflict(
          '名册在提议之后已有变化（另一份提议已生效）：请重新上传并提议，确认的必须是实际生效的内容',
        );
      const done = await applyRows(m, communityId, imp.rows, d);
      revoke = done.revoke;
      for (const a of done.applied)
        records.push({ unitId: a.unitId, fields: d.fields.filter((f) => f.line === a.line), affected: a.affected });
      imp.result = { ...d.summary };
    } else {
      const merge = imp.merge!;
      const names: Array<{ id: string; name: string }> = await m.query(
        `SELECT id, name FROM persons WHERE id = ANY($1::uuid[])`,
        [[merge.keepPersonId, ...merge.mergePersonIds]],
      );
      const label = (pid: string) => `${names.find((n) => n.id === pid)?.name ?? ''}（记录 ${pid.slice(0, 8)}）`;
      const touched = await applyMerge(m, communityId, merge.keepPersonId, merge.mergePersonIds);
      for (const t of touched) {
        const [u]: Array<{ label: string }> = await m.query(
          `SELECT b.name || CASE WHEN u.entrance = '' THEN '' ELSE ' ' || u.entrance END || ' ' || u.room AS label
             FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = $1`,
          [t.unitId],
        );
        const from = t.personIds.filter((p) => p !== merge.keepPersonId);
        records.push({
          unitId: t.unitId,
          affected: t.personIds,
          fields: [
            {
              line: 0,
              unitLabel: u.label,
              field: 'owners',
              oldValue: from.map(label).join('；'),
              newValue: `${label(merge.keepPersonId)}；依据：${merge.evidence}`.slice(0, 600),
            },
          ],
        });
      }
      imp.result = { unitsUpdated: touched.length, recordsMerged: merge.mergePersonIds.length };
    }
    const rows = records.flatMap((r) =>
      r.fields.map((f) => ({
        communityId,
        importId: imp.id,
        unitId: r.unitId,
        unitLabel: f.unitLabel.slice(0, 120),
        field: f.field,
        oldValue: f.oldValue,
        newValue: f.newValue,
        proposedBy: imp.proposedBy!,
        confirmedBy: confirmers,
        affectedPersonIds: r.affected,
        createdAt: now,
      })),
    );
    if (rows.length) await m.getRepository(RosterChange).insert(rows);
    Object.assign(imp, { status: 'committed', committedBy: confirmers[confirmers.length - 1], committedAt: now });
    await m.getRepository(RosterImport).save(imp);
    for (const personId of revoke) await this.identity.revokeAll(personId, m);
    await this.tellAffected(m, imp, records);
    await this.audit.record(
      {
        communityId,
        actorId: confirmers[confirmers.length - 1],
        action: imp.kind === 'merge' ? 'roster.merge_committed' : 'roster.import_committed',
        targetType: 'roster_import',
        targetId: imp.id,
        details: { ...imp.result, fieldsChanged: rows.length, proposedBy: imp.proposedBy, confirmedBy: confirmers },
      },
      m,
    );
  }

  /** Each affected owner (before or after the change) is told once, with the rooms and how to object. */
  private async tellAffected(
    m: EntityManager,
    imp: RosterImport,
    records: Array<{ unitId: string; fields: FieldChange[]; affected: string[] }>,
  ) {
    const days = await objectionDays(m, imp.communityId);
    const units = new Map<string, Set<string>>();
    for (const r of records)
      for (const p of r.affected) units.set(p, (units.get(p) ?? new Set()).add(r.fields[0]?.unitLabel ?? ''));
    // On the channel ladder (legal class: there is an objection window): every household of a changed unit, and
    // each affected owner (the owners before the change too) with the rooms that concern them.
    const bodyOf = new Map<string, string>();
    for (const [personId, labels] of units)
      bodyOf.set(
        personId,
        `您的房屋 ${[...labels].join('、')} 在业主名册中的信息已变更（经两位业委会委员确认）。请在“名册变更”中查看；如有异议，请在 ${days} 天内提出。`,
      );
    const alsoTell = new Map<string, string[]>();
    for (const r of records) alsoTell.set(r.unitId, [...(alsoTell.get(r.unitId) ?? []), ...r.affected]);
    await this.broadcasts.notify(m, {
      communityId: imp.communityId,
      kind: 'roster.change',
      title: '业主名册已变更',
      body: `业主名册中您的房屋信息已变更（经两位业委会委员确认）。请在“名册变更”中查看；如有异议，请在 ${days} 天内提出。`,
      subjectId: imp.id,
      unitIds: [...alsoTell.keys()],
      bodyOf,
      alsoTell,
    });
  }
}
