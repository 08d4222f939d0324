import { Injectable } from '@nestjs/common';
import { ErrorCode, maskPhone, normaliseCnMobile, ROLE_LABELS } from '@gongzhi/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { RoleName } from '../../common/access.js';
import { AppError } from '../../common/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { IdentityService } from '../identity/identity.service.js';
import { isId } from '../../common/ids.js';

/**
 * Roles listed by the roles routes. Only the property roles are ever given through them (by the community's property
 * manager, or a platform administrator); committee roles come only from a confirmed filing (committee module,
 * domain-rules.md §10) — the chair's appointment by phone number is gone.
 */
export const ASSIGNABLE_ROLES = [
  'committee_chair',
  'committee_member',
  'property_manager',
  'property_staff',
] as const satisfies readonly RoleName[];
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];
export const GOVERNANCE_ROLES = ['committee_chair', 'committee_member'] as const satisfies readonly RoleName[];
const isGovernance = (role: string) => (GOVERNANCE_ROLES as readonly string[]).includes(role);
const ELECTED_ONLY = '业委会成员只能由业主大会选举产生，经街道办事处备案确认后生效，不能直接任命';

/** A seat of a confirmed committee: who, with which role. */
export interface CommitteeSeat {
  personId: string;
  role: (typeof GOVERNANCE_ROLES)[number];
}

export interface RoleAssignmentView {
  id: string;
  role: AssignableRole;
  roleLabel: string;
  name: string;
  phoneMasked: string | null;
  createdAt: Date;
}

/**
 * Committee and property roles in a community. Every change revokes the person's tokens (a changed role set means a
 * fresh sign-in) and is audited.
 */
@Injectable()
export class RolesService {
  constructor(
    private readonly ds: DataSource,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Property roles are managed inside the property company: by the community's property manager, or a platform
   * administrator; anyone else gets 403. Committee roles are refused to everyone (ELECTED_ONLY).
   */
  async assertMayManage(personId: string, communityId: string, role?: string): Promise<void> {
    if (role && isGovernance(role)) throw AppError.forbidden(ELECTED_ONLY);
    const rows: unknown[] = await this.ds.query(
      `SELECT 1 FROM role_assignments WHERE person_id = $1 AND ((role = 'property_manager' AND community_id = $2) OR role = 'platform_admin')`,
      [personId, communityId],
    );
    if (!rows.length) throw AppError.forbidden('只有物业经理或平台管理员可以调整物业人员角色');
  }

  /**
   * Installs a confirmed committee (committee module, in its transaction): the community's committee roles become
   * exactly `seats`, with basis 'filing'; everyone whose roles change gets their tokens revoked; each change audited.
   */
  async installCommittee(
    m: EntityManager,
    communityId: string,
    actorId: string,
    termId: string,
    seats: readonly CommitteeSeat[],
  ): Promise<void> {
    const before: Array<{ id: string; person_id: string; role: string }> = await m.query(
      `SELECT id, person_id, role FROM role_assignments WHERE community_id = $1 AND role = ANY($2) FOR UPDATE`,
      [communityId, GOVERNANCE_ROLES],
    );
    await m.query(`DELETE FROM role_assignments WHERE community_id = $1 AND role = ANY($2)`, [
      communityId,
      GOVERNANCE_ROLES,
    ]);
    for (const s of seats) {
      await m.query(
        `INSERT INTO role_assignments (person_id, role, community_id, basis) VALUES ($1, $2, $3, 'filing')`,
        [s.personId, s.role, communityId],
      );
    }
    const key = (p: string, r: string) => `${p}:${r}`;
    const old = new Set(before.map((b) => key(b.person_id, b.role)));
    const now = new Set(seats.map((s) => key(s.personId, s.role)));
    const changed = new Set<string>();
    const entries = [];
    for (const b of before)
      if (!now.has(key(b.person_id, b.role))) {
        changed.add(b.person_id);
        entries.push({ action: 'role.removed', personId: b.person_id, role: b.role });
      }
    for (const s of seats)
      if (!old.has(key(s.personId, s.role))) {
        changed.add(s.personId);
        entries.push({ action: 'role.assigned', personId: s.personId, role: s.role });
      }
    for (const p of changed) await this.identity.revokeAll(p, m);
    await this.audit.recordMany(
      entries.map((e) => ({
        communityId,
        actorId,
        action: e.action,
        targetType: 'person',
        targetId: e.personId,
        details: { role: e.role, basis: 'filing', termId },
      })),
      m,
    );
  }

  /** A member's own resignation (committee module): their committee roles in the community end. */
  async resignCommittee(m: EntityManager, communityId: string, personId: string): Promise<string[]> {
    const rows: Array<{ role: string }> = await m.query(
      `DELETE FROM role_assignments WHERE community_id = $1 AND person_id = $2 AND role = ANY($3) RETURNING role`,
      [communityId, personId, GOVERNANCE_ROLES],
    );
    if (rows.length) await this.identity.revokeAll(personId, m);
    return rows.map((r) => r.role);
  }

  async list(communityId: string): Promise<RoleAssignmentView[]> {
    const rows: Array<{ id: string; role: AssignableRole; name: string; phone_enc: string | null; created_at: Date }> =
      await this.ds.query(
        `SELECT ra.id, ra.role, p.name, p.phone_enc, ra.created_at FROM role_assignments ra JOIN persons p ON p.id = ra.person_id
       WHERE ra.community_id = $1 AND ra.role = ANY($2) ORDER BY ra.role, ra.created_at`,
        [communityId, ASSIGNABLE_ROLES],
      );
    return rows.map((r) => this.view(r));
  }

  async assign(
    actorId: string,
    communityId: string,
    input: { phone: string; name: string; role: AssignableRole },
  ): Promise<RoleAssignmentView> {
    if (isGovernance(input.role)) throw AppError.forbidden(ELECTED_ONLY);
    const phone = normaliseCnMobile(input.phone);
    if (!phone)
      throw new AppError(ErrorCode.VALIDATION_FAILED, '提交的内容有误：phone手机号格式不正确', {
        fields: [{ field: 'phone', messages: ['手机号格式不正确'] }],
      });
    const hash = this.identity.cipher.blindIndex(phone);
    return this.ds.transaction(async (m) => {
      // Only someone this community already knows under this number (an owner on its roster, an approved resident,
      // a role holder here) — preferring who signs in with WeChat — otherwise a new record under the typed name. A
      // phone number is never looked up in another community: the answer would name its holder there (issue 15).
      // Whoever later verifies this number with WeChat takes the role over (BindingService.claimByPhone).
      let [person]: Array<{ id: string }> = await m.query(
        `SELECT p.id FROM persons p
          WHERE p.phone_hash = $1
            AND (EXISTS (SELECT 1 FROM ownerships o WHERE o.person_id = p.id AND o.community_id = $2)
                 OR EXISTS (SELECT 1 FROM residencies r WHERE r.person_id = p.id AND r.community_id = $2 AND r.status = 'approved')
                 OR EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.person_id = p.id AND ra.community_id = $2))
          ORDER BY (p.openid IS NULL), p.created_at LIMIT 1`,
        [hash, communityId],
      );
      if (!person) {
        [person] = await m.query(`INSERT INTO persons (name, phone_enc, phone_hash) VALUES ($1, $2, $3) RETURNING id`, [
          input.name.trim(),
          this.identity.cipher.encrypt(phone),
          hash,
        ]);
      }
      const exists: unknown[] = await m.query(
        `SELECT 1 FROM role_assignments WHERE person_id = $1 AND role = $2 AND community_id = $3`,
        [person.id, input.role, communityId],
      );
      if (exists.length) throw AppError.conflict(`该人员已经是${ROLE_LABELS[input.role]}`);
      const [row]: Array<{ id: string }> = await m.query(
        `INSERT INTO role_assignments (person_id, role, community_id) VALUES ($1, $2, $3) RETURNING id`,
        [person.id, input.role, communityId],
      );
      // Roles are read on every request: the new role works at once, and nobody is signed out by it.
      await this.audit.record(
        {
          communityId,
          actorId,
          action: 'role.assigned',
          targetType: 'role_assignment',
          targetId: row.id,
          details: { role: input.role },
        },
        m,
      );
      const [full] = await m.query(
        `SELECT ra.id, ra.role, p.name, p.phone_enc, ra.created_at FROM role_assignments ra JOIN persons p ON p.id = ra.person_id WHERE ra.id = $1`,
        [row.id],
      );
      return this.view(full);
    });
  }

  async remove(actorId: string, communityId: string, id: string): Promise<void> {
    if (!isId(id)) throw AppError.notFound('角色');
    await this.ds.transaction(async (m) => {
      const [row]: Array<{ person_id: string; role: RoleName }> = await m.query(
        `SELECT person_id, role FROM role_assignments WHERE id = $1 AND community_id = $2 AND role = ANY($3) FOR UPDATE`,
        [id, communityId, ASSIGNABLE_ROLES],
      );
      if (!row) throw AppError.notFound('角色');
      // Committee seats end only through the recorded process: resignation, recall or a new filing.
      if (isGovernance(row.role))
        throw AppError.forbidden('业委会成员的变更须经辞职、罢免或重新选举并备案，不能直接移除');
      if (row.person_id === actorId && row.role === 'property_manager') {
        throw AppError.conflict('不能移除自己的物业经理角色：请由平台管理员操作');
      }
      await m.query(`DELETE FROM role_assignments WHERE id = $1`, [id]);
      await this.identity.revokeAll(row.person_id, m);
      await this.audit.record(
        {
          communityId,
          actorId,
          action: 'role.removed',
          targetType: 'role_assignment',
          targetId: id,
          details: { role: row.role },
        },
        m,
      );
    });
  }

  private view(r: {
    id: string;
    role: AssignableRole;
    name: string;
    phone_enc: string | null;
    created_at: Date;
  }): RoleAssignmentView {
    return {
      id: r.id,
      role: r.role,
      roleLabel: ROLE_LABELS[r.role],
      name: r.name,
      phoneMasked: r.phone_enc ? maskPhone(this.identity.cipher.decrypt(r.phone_enc)) : null,
      createdAt: r.created_at,
    };
  }
}
