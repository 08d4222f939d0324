import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@gongzhi/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { isId } from '../../common/ids.js';

export interface DesignatedVoterChangeView {
  id: string;
  unitId: string;
  status: 'pending' | 'applied';
  /** The proposer is the co-owner who becomes the designated voter. */
  proposedByMe: boolean;
  consents: number;
  coOwners: number;
  consentedByMe: boolean;
  createdAt: Date;
  appliedAt: Date | null;
}

/**
 * Changing the designated voter (指定投票人) of a co-owned unit: a co-owner proposes to become it; it applies when
 * every co-owner has consented (each in their own account, recorded in `designated_voter_consents`), and only while
 * no vote covering the unit is open — once voting opens, the frozen electorate keeps the voter it froze.
 */
@Injectable()
export class DesignatedVoterService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async propose(m: EntityManager, personId: string, communityId: string, unitId: string) {
    const owners = await this.coOwners(m, communityId, unitId);
    if (!owners.includes(personId)) throw AppError.notFound('房屋');
    if (owners.length < 2) {
      throw new AppError(ErrorCode.CONFLICT, '这套房屋只有您一位业主，由您本人投票，无需指定投票人');
    }
    await this.refuseWhileOpen(m, unitId);
    const [row]: Array<{ id: string }> = await m.query(
      `INSERT INTO designated_voter_changes (community_id, unit_id, voter_person_id, proposed_by) VALUES ($1, $2, $3, $3) RETURNING id`,
      [communityId, unitId, personId],
    );
    await m.query(`INSERT INTO designated_voter_consents (community_id, change_id, person_id) VALUES ($1, $2, $3)`, [
      communityId,
      row!.id,
      personId,
    ]);
    await this.audit.record(
      {
        communityId,
        actorId: personId,
        action: 'designated_voter.proposed',
        targetType: 'unit',
        targetId: unitId,
        details: { changeId: row!.id, coOwners: owners.length },
      },
      m,
    );
    return this.view(m, row!.id, personId);
  }

  async consent(personId: string, communityId: string, id: string): Promise<DesignatedVoterChangeView> {
    if (!isId(id)) throw AppError.notFound('更换指定投票人的申请');
    return this.ds.transaction(async (m) => {
      const [c]: Array<{ unit_id: string; status: string; voter_person_id: string }> = await m.query(
        `SELECT unit_id, status, voter_person_id FROM designated_voter_changes WHERE id = $1 AND community_id = $2 FOR UPDATE`,
        [id, communityId],
      );
      if (!c) throw AppError.notFound('更换指定投票人的申请');
      const owners = await this.coOwners(m, communityId, c.unit_id);
      if (!owners.includes(personId)) throw AppError.notFound('更换指定投票人的申请');
      if (c.status !== 'pending') {
        throw new AppError(ErrorCode.ILLEGAL_TRANSITION, '这份申请已生效，无需再同意', { currentStatus: c.status });
      }
      await this.refuseWhileOpen(m, c.unit_id);
      await m.query(
        `INSERT INTO designated_voter_consents (community_id, change_id, person_id) VALUES ($1, $2, $3)
         ON CONFLICT (change_id, person_id) DO NOTHING`,
        [communityId, id, personId],
      );
      const consented: Array<{ person_id: string }> = await m.query(
        `SELECT person_id FROM designated_voter_consents WHERE change_id = $1`,
        [id],
      );
      const all = owners.every((o) => consented.some((x) => x.person_id === o));
      await this.audit.record(
        {
          communityId,
          actorId: personId,
          action: 'designated_voter.consented',
          targetType: 'unit',
          targetId: c.unit_id,
          details: { changeId: id, consents: consented.length, coOwners: owners.length },
        },
        m,
      );
      if (all && owners.includes(c.voter_person_id)) {
        await m.query(`UPDATE ownerships SET is_designated_voter = (person_id = $2) WHERE unit_id = $1`, [
          c.unit_id,
          c.voter_person_id,
        ]);
        await m.query(`UPDATE designated_voter_changes SET status = 'applied', applied_at = now() WHERE id = $1`, [id]);
        await this.audit.record(
          {
            communityId,
            actorId: personId,
            action: 'designated_voter.changed',
            targetType: 'unit',
            targetId: c.unit_id,
            details: { changeId: id, consents: consented.map((x) => x.person_id) },
          },
          m,
        );
      }
      return this.view(m, id, personId);
    });
  }

  /** Current owners of the unit in this community (after phone or binding claims these are the accounts). */
  private async coOwners(m: EntityManager, communityId: string, unitId: string): Promise<string[]> {
    if (!isId(unitId)) throw AppError.notFound('房屋');
    const rows: Array<{ person_id: string }> = await m.query(
      `SELECT person_id FROM ownerships WHERE unit_id = $1 AND community_id = $2 ORDER BY person_id`,
      [unitId, communityId],
    );
    return rows.map((r) => r.person_id);
  }

  private async refuseWhileOpen(m: EntityManager, unitId: string): Promise<void> {
    const open: unknown[] = await m.query(
      `SELECT 1 FROM electorate_units eu JOIN resolutions r ON r.id = eu.resolution_id
        WHERE eu.unit_id = $1 AND r.status = 'open' LIMIT 1`,
      [unitId],
    );
    if (open.length) {
      throw new AppError(
        ErrorCode.VOTE_DESIGNATION_FROZEN,
        '表决正在进行，本次表决的指定投票人已在投票开始时确定，不能更换；请在表决结束后、下次表决开始前更换',
      );
    }
  }

  private async view(m: EntityManager, id: string, personId: string): Promise<DesignatedVoterChangeView> {
    const [r]: Array<{
      id: string;
      unit_id: string;
      status: 'pending' | 'applied';
      proposed_by: string;
      consents: string[];
      co_owners: number;
      created_at: Date;
      applied_at: Date | null;
    }> = await m.query(
      `SELECT c.id, c.unit_id, c.status, c.proposed_by, c.created_at, c.applied_at,
              ARRAY(SELECT x.person_id FROM designated_voter_consents x WHERE x.change_id = c.id) AS consents,
              (SELECT count(*)::int FROM ownerships o WHERE o.unit_id = c.unit_id) AS co_owners
         FROM designated_voter_changes c WHERE c.id = $1`,
      [id],
    );
    return {
      id: r!.id,
      unitId: r!.unit_id,
      status: r!.status,
      proposedByMe: r!.proposed_by === personId,
      consents: r!.consents.length,
      coOwners: r!.co_owners,
      consentedByMe: r!.consents.includes(personId),
      createdAt: r!.created_at,
      appliedAt: r!.applied_at,
    };
  }
}
