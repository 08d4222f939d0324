import { Injectable } from '@nestjs/common';
import { ErrorCode, maskPhone, normaliseCnMobile, ROLE_LABELS } from '@gongzhi/domain';
import { DataSource } from 'typeorm';
import type { RoleName } from '../../common/access.js';
import { AppError } from '../../common/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { IdentityService } from '../identity/identity.service.js';
import { isId } from '../../common/ids.js';

/** Roles a committee chair (or a platform administrator) may give in a community. */
export const ASSIGNABLE_ROLES = [
  'committee_chair',
  'committee_member',
  'property_manager',
  'property_staff',
] as const satisfies readonly RoleName[];
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

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

  /** The chair of the community, or a platform administrator, may change roles; anyone else gets 403. */
  async assertMayManage(personId: string, communityId: string): Promise<void> {
    const rows: unknown[] = await this.ds.query(
      `SELECT 1 FROM role_assignments WHERE person_id = $1 AND ((role = 'committee_chair' AND community_id = $2) OR role = 'platform_admin')`,
      [personId, communityId],
    );
    if (!rows.length) throw AppError.forbidden('只有业委会主任或平台管理员可以调整角色');
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
      if (row.person_id === actorId && row.role === 'committee_chair') {
        throw AppError.conflict('不能移除自己的主任角色：请由新任主任或平台管理员操作');
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
