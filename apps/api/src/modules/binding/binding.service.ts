import { Injectable } from '@nestjs/common';
import { ErrorCode, normaliseCnMobile, subdistrictOf } from '@gongzhi/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { ResidencyRelation, ResidencyStatus } from './entities/residency.entity.js';
import { IdentityService } from '../identity/identity.service.js';
import { BindingClaim } from './entities/binding-claim.entity.js';
import { FilesService } from '../files/files.service.js';
import type { Actor } from '../../common/current-user.js';
import { approvalOf, confirmOwnerBinding, withdrawOwnerBinding } from './owner-binding.js';
import { linkPlaceholdersByPhone } from './owner-links.repository.js';
import { isId } from '../../common/ids.js';

export interface ClaimedUnit {
  communityId: string;
  communityName: string;
  building: string;
  entrance: string;
  room: string;
}

export interface BindingView {
  id: string;
  communityId: string;
  communityName: string;
  building: string;
  entrance: string;
  room: string;
  relation: ResidencyRelation;
  status: ResidencyStatus;
  autoApproved: boolean;
  reason: string | null;
  applicantName: string | null;
  applicantPhone: string | null;
  matchesRoster: boolean;
  documentFileId: string | null;
  approvals: number;
  approvalsRequired: number;
  waitingFor: string | null;
  approvedByMe: boolean;
  createdAt: Date;
  decidedAt: Date | null;
}

export interface CreateBindingInput {
  building: string;
  entrance?: string;
  room: string;
  name: string;
  phone: string;
  relation: ResidencyRelation;
  documentFileId?: string;
}

interface BindingRow {
  id: string;
  community_id: string;
  community_name: string;
  building: string;
  entrance: string;
  room: string;
  person_id: string;
  relation: ResidencyRelation;
  status: ResidencyStatus;
  auto_approved: boolean;
  reason: string | null;
  claimed_name: string | null;
  claimed_phone_enc: string | null;
  matches_roster: boolean | null;
  document_file_id: string | null;
  approvers: string[];
  created_at: Date;
  decided_at: Date | null;
}

const SELECT_BINDINGS = `
  SELECT r.id, r.community_id, c.name AS community_name, b.name AS building, u.entrance, u.room, r.person_id, r.relation, r.status,
         r.auto_approved, r.reason, bc.claimed_name, bc.claimed_phone_enc, bc.matches_roster, r.document_file_id, r.created_at, r.decided_at,
         ARRAY(SELECT ba.person_id FROM binding_approvals ba WHERE ba.residency_id = r.id ORDER BY ba.created_at) AS approvers
  FROM residencies r
  JOIN communities c ON c.id = r.community_id
  JOIN units u ON u.id = r.unit_id
  JOIN buildings b ON b.id = u.building_id
  LEFT JOIN binding_claims bc ON bc.residency_id = r.id`;

/**
 * Binding a person to a unit (住户绑定): a request, decided by the committee or the property manager, or approved at
 * once when the roster proves it (the caller's WeChat-verified phone is the roster owner's phone). An owner binding
 * needs two different committee members (owner-binding.ts); a tenant or family binding one reviewer. Approval adds a
 * role, which needs no sign-out; removal takes a role away and revokes every token of the person.
 */
@Injectable()
export class BindingService {
  constructor(
    private readonly ds: DataSource,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly files: FilesService,
  ) {}

  /** Communities a person can ask to join, found by name (a new resident belongs to none yet). */
  /**
   * The community directory for a resident who belongs to none yet: name, district, subdistrict (when the address
   * names one) and road — never the house number, so the list is no map of who lives where. At least 2 characters
   * (DTO), 20 answers at most, rate-limited per person (@RateLimit('search')).
   */
  async searchCommunities(q: string): Promise<
    Array<{
      id: string;
      name: string;
      address: string;
      subdistrict: string | null;
      districtName: string;
      review: boolean;
    }>
  > {
    const pattern = `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows: Array<{ id: string; name: string; address: string; district_name: string; review: boolean }> =
      await this.ds.query(
        `SELECT c.id, c.name, c.address, d.name AS district_name, c.review FROM communities c JOIN districts d ON d.id = c.district_id
       WHERE c.name ILIKE $1 ORDER BY c.name LIMIT 20`,
        [pattern],
      );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      ...directoryAddress(r.address),
      districtName: r.district_name,
      review: r.review,
    }));
  }

  async assertCommunity(communityId: string | undefined): Promise<string> {
    if (!communityId || !isId(communityId)) {
      throw new AppError(ErrorCode.VALIDATION_FAILED, '请先选择小区', {
        fields: [{ field: 'X-Community-Id', messages: ['请先选择小区'] }],
      });
    }
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM communities WHERE id = $1`, [communityId]);
    if (!rows.length) throw AppError.notFound('小区');
    return communityId;
  }

  async create(
    m: EntityManager,
    personId: string,
    communityId: string,
    input: CreateBindingInput,
  ): Promise<BindingView> {
    const phone = normaliseCnMobile(input.phone);
    if (!phone)
      throw new AppError(ErrorCode.VALIDATION_FAILED, '提交的内容有误：phone手机号格式不正确', {
        fields: [{ field: 'phone', messages: ['手机号格式不正确'] }],
      });
    const [unit]: Array<{ id: string }> = await m.query(
      `SELECT u.id FROM units u JOIN buildings b ON b.id = u.building_id
       WHERE u.community_id = $1 AND b.name = $2 AND u.entrance = $3 AND u.room = $4`,
      [communityId, input.building.trim(), (input.entrance ?? '').trim(), input.room.trim()],
    );
    if (!unit) throw new AppError(ErrorCode.NOT_FOUND, '没有找到这套房屋，请核对楼栋、单元和房号（与房产证一致）');
    const active: unknown[] = await m.query(
      `SELECT 1 FROM residencies WHERE unit_id = $1 AND person_id = $2 AND status IN ('pending','approved')`,
      [unit.id, personId],
    );
    if (active.length)
      throw new AppError(ErrorCode.BINDING_DUPLICATE, '您已申请或已绑定这套房屋，请在“我的房屋”中查看进度');

    const phoneHash = this.identity.cipher.blindIndex(phone);
    const rosterOwners: Array<{ person_id: string; phone_hash: string | null }> = await m.query(
      `SELECT o.person_id, p.phone_hash FROM ownerships o JOIN persons p ON p.id = o.person_id WHERE o.unit_id = $1`,
      [unit.id],
    );
    const matchesRoster = rosterOwners.some((o) => o.phone_hash === phoneHash);
    const [me]: Array<{ phone_hash: string | null }> = await m.query(`SELECT phone_hash FROM persons WHERE id = $1`, [
      personId,
    ]);
    // A typed phone proves nothing: the automatic path needs the caller's own WeChat-verified number to be the
    // roster owner's number. Otherwise the request waits for a person to check it.
    const auto = input.relation === 'owner' && matchesRoster && me?.phone_hash === phoneHash;

    const [row]: Array<{ id: string }> = await m.query(
      `INSERT INTO residencies (community_id, unit_id, person_id, relation, status, document_file_id, auto_approved, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        communityId,
        unit.id,
        personId,
        input.relation,
        auto ? 'approved' : 'pending',
        input.documentFileId ?? null,
        auto,
        auto ? new Date() : null,
      ],
    );
    await m.insert(BindingClaim, {
      residencyId: row.id,
      communityId,
      claimedName: input.name.trim(),
      claimedPhoneEnc: this.identity.cipher.encrypt(phone),
      claimedPhoneHash: phoneHash,
      matchesRoster,
    });
    if (input.documentFileId) {
      // The applicant's own upload of this community, attached to the request so the reviewers may open it.
      await this.files.attach(m, communityId, [input.documentFileId], 'residency', row.id, personId, {
        purposes: ['binding_document'],
      });
    }
    if (auto) await this.claimOwnerships(m, personId, phoneHash, unit.id);
    await this.audit.record(
      {
        communityId,
        actorId: personId,
        action: auto ? 'binding.auto_approved' : 'binding.requested',
        targetType: 'residency',
        targetId: row.id,
        details: {
          relation: input.relation,
          unitId: unit.id,
          ...(input.documentFileId ? { documentFileId: input.documentFileId } : {}),
        },
      },
      m,
    );
    return (await this.fetch(m, 'r.id = $1', [row.id]))[0];
  }

  /**
   * The WeChat review path (docs/weapp-review.md): the caller joins a review community (communities.review, synthetic
   * data only) at once, as a resident (tenant) of its first flat — no name, phone or document asked. Anywhere else
   * this is refused (AUTH.FORBIDDEN) and nothing is written: real communities bind only through a checked request.
   * Repeating it returns the binding already made.
   */
  async joinReview(personId: string, communityId: string): Promise<BindingView> {
    return this.ds.transaction(async (m) => {
      const [c]: Array<{ review: boolean }> = await m.query(`SELECT review FROM communities WHERE id = $1`, [
        communityId,
      ]);
      if (!c) throw AppError.notFound('小区');
      if (!c.review)
        throw new AppError(ErrorCode.FORBIDDEN, '只有审核演示小区可以直接加入；其他小区请提交绑定申请，等待审核');
      // One join at a time per person, so a double tap cannot bind twice.
      await m.query(`SELECT 1 FROM persons WHERE id = $1 FOR UPDATE`, [personId]);
      const [active]: Array<{ id: string }> = await m.query(
        `SELECT id FROM residencies WHERE community_id = $1 AND person_id = $2 AND status IN ('pending','approved')`,
        [communityId, personId],
      );
      if (active) return (await this.fetch(m, 'r.id = $1', [active.id]))[0];
      const [unit]: Array<{ id: string }> = await m.query(
        `SELECT u.id FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.community_id = $1
         ORDER BY b.sort, u.entrance, u.room LIMIT 1`,
        [communityId],
      );
      if (!unit) throw AppError.notFound('房屋');
      const [row]: Array<{ id: string }> = await m.query(
        `INSERT INTO residencies (community_id, unit_id, person_id, relation, status, auto_approved, decided_at)
         VALUES ($1, $2, $3, 'tenant', 'approved', true, now()) RETURNING id`,
        [communityId, unit.id, personId],
      );
      await this.audit.record(
        {
          communityId,
          actorId: personId,
          action: 'binding.review_joined',
          targetType: 'residency',
          targetId: row.id,
          details: { relation: 'tenant', unitId: unit.id },
        },
        m,
      );
      return (await this.fetch(m, 'r.id = $1', [row.id]))[0];
    });
  }

  async mine(personId: string): Promise<BindingView[]> {
    return this.fetch(this.ds.manager, 'r.person_id = $1', [personId], 'r.created_at DESC');
  }

  async list(communityId: string, status: ResidencyStatus | undefined, viewerId?: string): Promise<BindingView[]> {
    return status
      ? this.fetch(
          this.ds.manager,
          'r.community_id = $1 AND r.status = $2',
          [communityId, status],
          'r.created_at',
          viewerId,
        )
      : this.fetch(this.ds.manager, 'r.community_id = $1', [communityId], 'r.created_at DESC', viewerId);
  }

  /** Approves a request; an owner binding only at its second committee member's confirmation (until then: pending). */
  async approve(actor: Actor, communityId: string, id: string): Promise<BindingView> {
    const actorId = actor.personId;
    return this.ds.transaction(async (m) => {
      const r = await this.lock(m, communityId, id);
      if (r.status !== 'pending') throw this.illegal(r.status, '只有待审核的申请可以通过');
      if (r.relation === 'owner' && !(await confirmOwnerBinding(m, this.audit, actor, communityId, id))) {
        return (await this.fetch(m, 'r.id = $1', [id], undefined, actorId))[0];
      }
      await m.query(`UPDATE residencies SET status = 'approved', decided_by = $2, decided_at = now() WHERE id = $1`, [
        id,
        actorId,
      ]);
      // A new role is added: the person's tokens stay valid (roles are read per request), so nobody is signed out.
      await this.audit.record(
        {
          communityId,
          actorId,
          action: 'binding.approved',
          targetType: 'residency',
          targetId: id,
          details: { relation: r.relation },
        },
        m,
      );
      return (await this.fetch(m, 'r.id = $1', [id], undefined, actorId))[0];
    });
  }

  async reject(actorId: string, communityId: string, id: string, reason: string): Promise<BindingView> {
    return this.ds.transaction(async (m) => {
      const r = await this.lock(m, communityId, id);
      if (r.status !== 'pending') throw this.illegal(r.status, '只有待审核的申请可以驳回');
      await m.query(
        `UPDATE residencies SET status = 'rejected', decided_by = $2, decided_at = now(), reason = $3 WHERE id = $1`,
        [id, actorId, reason.trim()],
      );
      await this.audit.record(
        {
          communityId,
          actorId,
          action: 'binding.rejected',
          targetType: 'residency',
          targetId: id,
          details: { relation: r.relation },
        },
        m,
      );
      return (await this.fetch(m, 'r.id = $1', [id]))[0];
    });
  }

  /** Ends a binding (moved out, tenancy over, mistaken approval): the role goes, so every token of the person is revoked. */
  async remove(actorId: string, communityId: string, id: string, reason: string | undefined): Promise<BindingView> {
    return this.ds.transaction(async (m) => {
      const r = await this.lock(m, communityId, id);
      if (r.status !== 'pending' && r.status !== 'approved') throw this.illegal(r.status, '该绑定已结束');
      await m.query(
        `UPDATE residencies SET status = 'removed', decided_by = $2, decided_at = now(), reason = $3 WHERE id = $1`,
        [id, actorId, reason?.trim() || null],
      );
      if (r.status === 'approved' && r.relation === 'owner')
        await withdrawOwnerBinding(m, this.audit, actorId, communityId, id);
      if (r.status === 'approved') await this.identity.revokeAll(r.person_id, m);
      await this.audit.record(
        {
          communityId,
          actorId,
          action: 'binding.removed',
          targetType: 'residency',
          targetId: id,
          details: { relation: r.relation, previousStatus: r.status },
        },
        m,
      );
      return (await this.fetch(m, 'r.id = $1', [id]))[0];
    });
  }

  /**
   * After a phone number is verified: ownerships the roster recorded under that number for a person who never
   * signed in (no openid) move to the caller, and every unit the caller owns gets an approved owner residency.
   */
  async claimByPhone(m: EntityManager, personId: string, phoneHash: string): Promise<ClaimedUnit[]> {
    await this.claimOwnerships(m, personId, phoneHash);
    const owned: Array<{ unit_id: string; community_id: string }> = await m.query(
      `SELECT o.unit_id, o.community_id FROM ownerships o WHERE o.person_id = $1`,
      [personId],
    );
    const claimed: string[] = [];
    for (const o of owned) {
      const [active]: Array<{ id: string; status: ResidencyStatus; relation: ResidencyRelation }> = await m.query(
        `SELECT id, status, relation FROM residencies WHERE unit_id = $1 AND person_id = $2 AND status IN ('pending','approved')`,
        [o.unit_id, personId],
      );
      if (active?.status === 'approved' && active.relation === 'owner') continue;
      let id: string;
      if (active) {
        await m.query(
          `UPDATE residencies SET status = 'approved', relation = 'owner', auto_approved = true, decided_at = now() WHERE id = $1`,
          [active.id],
        );
        id = active.id;
      } else {
        const [row]: Array<{ id: string }> = await m.query(
          `INSERT INTO residencies (community_id, unit_id, person_id, relation, status, auto_approved, decided_at)
           VALUES ($1, $2, $3, 'owner', 'approved', true, now()) RETURNING id`,
          [o.community_id, o.unit_id, personId],
        );
        id = row.id;
      }
      await this.audit.record(
        {
          communityId: o.community_id,
          actorId: personId,
          action: 'binding.auto_approved',
          targetType: 'residency',
          targetId: id,
          details: { relation: 'owner', unitId: o.unit_id, via: 'phone' },
        },
        m,
      );
      claimed.push(o.unit_id);
    }
    if (!claimed.length) return [];
    const rows: Array<{
      community_id: string;
      community_name: string;
      building: string;
      entrance: string;
      room: string;
    }> = await m.query(
      `SELECT u.community_id, c.name AS community_name, b.name AS building, u.entrance, u.room FROM units u
       JOIN buildings b ON b.id = u.building_id JOIN communities c ON c.id = u.community_id
       WHERE u.id = ANY($1::uuid[]) ORDER BY c.name, b.name, u.entrance, u.room`,
      [claimed],
    );
    return rows.map((r) => ({
      communityId: r.community_id,
      communityName: r.community_name,
      building: r.building,
      entrance: r.entrance,
      room: r.room,
    }));
  }

  /** Moves roster ownerships of never-signed-in persons with this phone to `personId` (optionally for one unit). */
  private async claimOwnerships(
    m: EntityManager,
    personId: string,
    phoneHash: string,
    onlyUnitId?: string,
  ): Promise<void> {
    // The roster identities under this verified phone are this caller's from now on (resolved by votes at cast time).
    await linkPlaceholdersByPhone(m, personId, phoneHash, onlyUnitId);
    const rows: Array<{ id: string; unit_id: string; community_id: string; is_designated_voter: boolean }> =
      await m.query(
        `SELECT o.id, o.unit_id, o.community_id, o.is_designated_voter FROM ownerships o JOIN persons p ON p.id = o.person_id
       WHERE p.phone_hash = $1 AND p.id <> $2 AND p.openid IS NULL AND NOT p.is_organisation ${onlyUnitId ? 'AND o.unit_id = $3' : ''}`,
        onlyUnitId ? [phoneHash, personId, onlyUnitId] : [phoneHash, personId],
      );
    if (!onlyUnitId) {
      // Roles the chair gave to this number before its holder ever signed in (RolesService.assign) are theirs now.
      await m.query(
        `UPDATE role_assignments ra SET person_id = $2 FROM persons p
          WHERE p.id = ra.person_id AND p.phone_hash = $1 AND p.id <> $2 AND p.openid IS NULL AND NOT p.is_organisation
            AND NOT EXISTS (SELECT 1 FROM role_assignments x WHERE x.person_id = $2 AND x.role = ra.role
                              AND x.community_id IS NOT DISTINCT FROM ra.community_id)`,
        [phoneHash, personId],
      );
    }
    for (const o of rows) {
      const [mine]: Array<{ id: string }> = await m.query(
        `SELECT id FROM ownerships WHERE unit_id = $1 AND person_id = $2`,
        [o.unit_id, personId],
      );
      if (mine) {
        await m.query(`DELETE FROM ownerships WHERE id = $1`, [o.id]);
        if (o.is_designated_voter)
          await m.query(`UPDATE ownerships SET is_designated_voter = true WHERE id = $1`, [mine.id]);
      } else {
        await m.query(`UPDATE ownerships SET person_id = $2 WHERE id = $1`, [o.id, personId]);
      }
      await this.audit.record(
        {
          communityId: o.community_id,
          actorId: personId,
          action: 'ownership.claimed',
          targetType: 'unit',
          targetId: o.unit_id,
          details: { via: 'verified_phone' },
        },
        m,
      );
    }
  }

  private async lock(
    m: EntityManager,
    communityId: string,
    id: string,
  ): Promise<{ person_id: string; status: ResidencyStatus; relation: ResidencyRelation }> {
    if (!isId(id)) throw AppError.notFound('绑定申请');
    const [r]: Array<{ person_id: string; status: ResidencyStatus; relation: ResidencyRelation }> = await m.query(
      `SELECT person_id, status, relation FROM residencies WHERE id = $1 AND community_id = $2 FOR UPDATE`,
      [id, communityId],
    );
    if (!r) throw AppError.notFound('绑定申请');
    return r;
  }

  private illegal(currentStatus: ResidencyStatus, message: string): AppError {
    return new AppError(ErrorCode.ILLEGAL_TRANSITION, `${message}（当前状态：${STATUS_LABEL[currentStatus]}）`, {
      currentStatus,
    });
  }

  private async fetch(
    m: EntityManager,
    where: string,
    params: unknown[],
    order = 'r.created_at',
    viewerId?: string,
  ): Promise<BindingView[]> {
    const rows: BindingRow[] = await m.query(`${SELECT_BINDINGS} WHERE ${where} ORDER BY ${order}, r.id`, params);
    return rows.map((r) => ({
      id: r.id,
      communityId: r.community_id,
      communityName: r.community_name,
      building: r.building,
      entrance: r.entrance,
      room: r.room,
      relation: r.relation,
      status: r.status,
      autoApproved: r.auto_approved,
      reason: r.reason,
      applicantName: r.claimed_name,
      applicantPhone: r.claimed_phone_enc ? this.identity.cipher.decrypt(r.claimed_phone_enc) : null,
      matchesRoster: r.matches_roster ?? false,
      documentFileId: r.document_file_id,
      ...approvalOf(r, viewerId),
      createdAt: r.created_at,
      decidedAt: r.decided_at,
    }));
  }
}

export const STATUS_LABEL: Record<ResidencyStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '已驳回',
  removed: '已解除',
};

/**
 * What the directory shows of an address: the subdistrict (街道/镇/乡) if it names one, and the address cut before the
 * first digit (house numbers are written in digits: "张杨路 1234 号" → "张杨路").
 */
export function directoryAddress(address: string): { address: string; subdistrict: string | null } {
  const subdistrict = subdistrictOf(address);
  const road = address
    .replace(/[\s]*[0-9０-９].*$/u, '')
    .replace(/[\s,，、]+$/u, '')
    .trim();
  return { address: road, subdistrict };
}
