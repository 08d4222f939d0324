import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@gongzhi/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { communityOf, hasRole, type Actor } from '../../common/current-user.js';
import { IdempotencyService } from '../../common/idempotency.js';
import { AuditService } from '../audit/audit.service.js';
import { InboxService } from '../inbox/inbox.service.js';
import { RosterObjection } from './entities/roster-proposal.entities.js';
import { RosterClock } from './roster-clock.js';
import { NEVER_CONFIRM, objectionDays } from './roster-policy.js';
import { RosterService } from './roster.service.js';
import { isId } from '../../common/ids.js';

const DAY = 86_400_000;

/**
 * The roster's activity record and owners' objections (domain-rules §10): every person a confirmed change affects may
 * object within the community's rosterObjectionDays (default 7); a committee member other than the proposer answers.
 * An open objection keeps votes in its scope from opening (roster-objections.ts).
 */
@Injectable()
export class RosterObjectionsService {
  constructor(
    private readonly ds: DataSource,
    private readonly roster: RosterService,
    private readonly audit: AuditService,
    private readonly inbox: InboxService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: RosterClock,
  ) {}

  /** An affected owner objects to a confirmed change of their unit, within the objection window. */
  async object(actor: Actor, dto: { proposalId: string; unitId: string; reason: string }, key: string | null) {
    const { id } = await this.idempotency.run(
      { actorId: actor.personId, route: 'POST /api/v1/roster/objections', key, body: dto },
      async (m) => {
        const [change]: Array<{
          community_id: string;
          unit_label: string;
          committed_at: Date;
          confirmed_by: string[];
        }> = await m.query(
          `SELECT c.community_id, c.unit_label, i.committed_at, c.confirmed_by FROM roster_changes c
               JOIN roster_imports i ON i.id = c.import_id
              WHERE c.import_id = $1 AND c.unit_id = $2 AND $3 = ANY(c.affected_person_ids) LIMIT 1`,
          [dto.proposalId, dto.unitId, actor.personId],
        );
        // Someone not affected learns nothing about the change: the same answer as a missing one.
        if (!change) throw AppError.notFound('名册变更');
        const days = await objectionDays(m, change.community_id);
        if (this.clock.now().getTime() > change.committed_at.getTime() + days * DAY)
          throw AppError.conflict(`异议期（变更后 ${days} 天）已过；如名册仍有错误，请联系业委会重新提议更正`);
        const [open] = await m.query(
          `SELECT 1 FROM roster_objections WHERE import_id = $1 AND unit_id = $2 AND person_id = $3 AND status = 'open'`,
          [dto.proposalId, dto.unitId, actor.personId],
        );
        if (open) throw AppError.conflict('您对这套房屋的异议还在等待答复');
        const saved = await m.getRepository(RosterObjection).save({
          communityId: change.community_id,
          importId: dto.proposalId,
          unitId: dto.unitId,
          personId: actor.personId,
          reason: dto.reason,
          status: 'open' as const,
        });
        await this.inbox.send(m, {
          communityId: change.community_id,
          personIds: change.confirmed_by,
          kind: 'roster.change',
          title: '业主对名册变更提出异议',
          body: `${change.unit_label} 的业主对您确认的名册变更提出了异议，请在“名册异议”中答复。答复前，包含该房屋的表决不能开始。`,
        });
        await this.audit.record(
          {
            communityId: change.community_id,
            actorId: actor.personId,
            action: 'roster.objected',
            targetType: 'roster_objection',
            targetId: saved.id,
          },
          m,
        );
        return { id: saved.id };
      },
    );
    return this.objectionView(this.ds.manager, id);
  }

  /** A committee member (not the proposer, not the property company) answers an objection; the owner is told. */
  async answer(actor: Actor, id: string, dto: { decision: 'upheld' | 'dismissed'; answer: string }) {
    const communityId = communityOf(actor);
    if (!isId(id)) throw AppError.notFound('名册异议');
    return this.ds.transaction(async (m) => {
      const o = await m
        .getRepository(RosterObjection)
        .findOne({ where: { id, communityId }, lock: { mode: 'pessimistic_write' } });
      if (!o) throw AppError.notFound('名册异议');
      if (o.status !== 'open')
        throw new AppError(ErrorCode.ILLEGAL_TRANSITION, '这条异议已经答复过了', { currentStatus: o.status });
      if (hasRole(actor, ...NEVER_CONFIRM)) throw AppError.forbidden('物业服务企业不能答复名册异议');
      const imp = await this.roster.find(m, communityId, o.importId);
      if (imp.proposedBy === actor.personId) throw AppError.forbidden('提议人不能答复针对自己提议的异议');
      Object.assign(o, {
        status: dto.decision,
        answer: dto.answer,
        answeredBy: actor.personId,
        answeredAt: this.clock.now(),
      });
      await m.getRepository(RosterObjection).save(o);
      await this.inbox.send(m, {
        communityId,
        personIds: [o.personId],
        kind: 'roster.change',
        title: dto.decision === 'upheld' ? '名册异议已受理' : '名册异议已答复',
        body:
          dto.decision === 'upheld'
            ? `业委会认为您的异议成立：${dto.answer}（更正须重新提议并经两位委员确认）`
            : `业委会答复：${dto.answer}`,
      });
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'roster.objection_answered',
          targetType: 'roster_objection',
          targetId: o.id,
          details: { decision: dto.decision },
        },
        m,
      );
      return this.objectionView(m, o.id);
    });
  }

  async listObjections(actor: Actor, status: string | undefined) {
    const rows: Array<{ id: string }> = await this.ds.query(
      `SELECT id FROM roster_objections WHERE community_id = $1 AND ($2::text IS NULL OR status = $2)
        ORDER BY created_at DESC LIMIT 200`,
      [communityOf(actor), status ?? null],
    );
    return { items: await Promise.all(rows.map((r) => this.objectionView(this.ds.manager, r.id))) };
  }

  private async objectionView(m: EntityManager, id: string) {
    const [o] = await m.query(
      `SELECT o.id, o.import_id AS "proposalId", o.unit_id AS "unitId", o.reason, o.status, o.answer,
              o.answered_at AS "answeredAt", o.created_at AS "createdAt", a.name AS "answeredByName",
              (SELECT b.name || CASE WHEN u.entrance = '' THEN '' ELSE ' ' || u.entrance END || ' ' || u.room
                 FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = o.unit_id) AS "unitLabel"
         FROM roster_objections o LEFT JOIN persons a ON a.id = o.answered_by WHERE o.id = $1`,
      [id],
    );
    return o as {
      id: string;
      proposalId: string;
      unitId: string;
      unitLabel: string;
      reason: string;
      status: string;
      answer: string | null;
      answeredByName: string | null;
      answeredAt: Date | null;
      createdAt: Date;
    };
  }

  /** The activity record: every changed field, who proposed and who confirmed it, when. */
  async activity(communityId: string, opts: { limit: number; beforeId?: string }) {
    return { items: await this.changes(`c.community_id = $1`, [communityId], opts) };
  }

  /** The changes that affect the caller (units they own or owned), with the window to object. */
  async mine(actor: Actor) {
    return { items: await this.changes(`$1 = ANY(c.affected_person_ids)`, [actor.personId], { limit: 200 }) };
  }

  private async changes(where: string, params: unknown[], opts: { limit: number; beforeId?: string }) {
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT c.id, c.import_id AS "proposalId", c.community_id AS "communityId", c.unit_id AS "unitId",
              c.unit_label AS "unitLabel", c.field, c.old_value AS "oldValue", c.new_value AS "newValue",
              p.name AS "proposedByName", c.created_at AS "changedAt",
              ARRAY(SELECT q.name FROM unnest(c.confirmed_by) WITH ORDINALITY AS x(pid, n) JOIN persons q ON q.id = x.pid ORDER BY x.n) AS "confirmedByNames",
              c.created_at + make_interval(days => CASE WHEN cm.settings->>'rosterObjectionDays' ~ '^[0-9]{1,2}$' THEN (cm.settings->>'rosterObjectionDays')::int ELSE 7 END) AS "objectionEndsAt"
         FROM roster_changes c JOIN persons p ON p.id = c.proposed_by JOIN communities cm ON cm.id = c.community_id
        WHERE ${where} AND ($${params.length + 1}::bigint IS NULL OR c.id < $${params.length + 1}::bigint)
        ORDER BY c.id DESC LIMIT $${params.length + 2}`,
      [...params, opts.beforeId ?? null, opts.limit],
    );
    return rows.map((r) => ({ ...r, id: String(r.id) })) as Array<{
      id: string;
      proposalId: string;
      communityId: string;
      unitId: string;
      unitLabel: string;
      field: string;
      oldValue: string | null;
      newValue: string | null;
      proposedByName: string;
      confirmedByNames: string[];
      changedAt: Date;
      objectionEndsAt: Date;
    }>;
  }
}
