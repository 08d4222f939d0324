import { Injectable } from '@nestjs/common';
import { ERASED_PERSON_NAME, ErrorCode, ROLE_LABELS } from '@gongzhi/domain';
import { DataSource } from 'typeorm';
import type { RoleName } from '../../common/access.js';
import { AppError } from '../../common/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { IdentityService } from '../identity/identity.service.js';
import type { ResidencyRelation, ResidencyStatus } from '../binding/entities/residency.entity.js';
import type { ErasureReason } from './dto/erasure.dto.js';
import { FilesService } from '../files/files.service.js';
import { log } from '../../common/logger.js';

/**
 * SQL that replaces mainland ID numbers (17 digits + digit/X) and mobile numbers (1[3-9] + 9 digits, spaces or dashes
 * allowed between) in a text column with 已删除.
 */
const scrub = (col: string) =>
  `regexp_replace(regexp_replace(${col}, '[0-9]{17}[0-9Xx]', '[已删除]', 'g'), '1[3-9][0-9]([ -]?[0-9]){8}', '[已删除]', 'g')`;

/** Roles the committee chair takes away from others (modules/binding/roles.service.ts); the rest only a platform administrator. */
const CHAIR_MANAGED: readonly RoleName[] = ['committee_member', 'property_manager', 'property_staff'];

/** Records that stay by law or as the community's books; they read the name from `persons`, so they show 已注销用户. */
export const KEPT_RECORDS = ['已投出的选票', '公共收益台账', '操作记录', '报修工单', '通知发送记录'];

export interface ErasureResult {
  erasedAt: Date;
  withdrawnBindings: number;
  endedBindings: number;
  kept: string[];
}

/**
 * Deletion of personal information on the person's request (PIPL Art. 47; domain-rules §8). One transaction:
 * the person keeps their id (ballots, ledger postings, audit entries and repair tickets refer to it and stay), but
 * nothing identifies them any more: the name becomes 已注销用户, phone, ID number and openid are cleared, every token
 * is revoked, pending binding requests are withdrawn, bound units are ended, and the name and phone they typed when
 * asking to be bound are cleared. A person who holds a committee, property or official role is refused: the role's
 * records must keep a responsible person until the chair (or a platform administrator) removes the role.
 */
@Injectable()
export class ErasureService {
  constructor(
    private readonly ds: DataSource,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly files: FilesService,
  ) {}

  async erase(personId: string, reason: ErasureReason | undefined): Promise<ErasureResult> {
    const { result, documentKeys } = await this.eraseRecords(personId, reason);
    // The document photos' bytes go after the commit (storage is not transactional); the rows already say erased,
    // so a failed delete leaves bytes nobody can be served, and a warning to clean up.
    for (const key of documentKeys)
      await this.files
        .deleteBytes(key)
        // Thumbnails of a document photo (made when a reviewer looked at it) go with it.
        .then(() => this.files.deleteThumbnails(key))
        .catch((e: unknown) => log('warn', 'erased document bytes not deleted', { reason: (e as Error).message }));
    return result;
  }

  private async eraseRecords(
    personId: string,
    reason: ErasureReason | undefined,
  ): Promise<{ result: ErasureResult; documentKeys: string[] }> {
    return this.ds.transaction(async (m) => {
      const [person]: Array<{ id: string; erased_at: Date | null; is_organisation: boolean }> = await m.query(
        `SELECT id, erased_at, is_organisation FROM persons WHERE id = $1 FOR UPDATE`,
        [personId],
      );
      if (!person) throw AppError.notFound('用户');
      if (person.erased_at) throw new AppError(ErrorCode.UNAUTHENTICATED, '该账号已注销');
      const roles: Array<{ role: RoleName }> = await m.query(
        `SELECT DISTINCT role FROM role_assignments WHERE person_id = $1 ORDER BY role`,
        [personId],
      );
      if (roles.length) {
        const labels = roles.map((r) => ROLE_LABELS[r.role as keyof typeof ROLE_LABELS] ?? r.role).join('、');
        // The chair removes committee members and property people; their own chair role and official roles only a
        // platform administrator (RolesService refuses a chair removing themself).
        const byChair = roles.some((r) => CHAIR_MANAGED.includes(r.role));
        const byAdmin = roles.some((r) => !CHAIR_MANAGED.includes(r.role));
        const who = byChair && byAdmin ? '业委会主任或平台管理员' : byChair ? '业委会主任' : '平台管理员';
        throw AppError.forbidden(`您目前担任${labels}，暂不能注销：请先请${who}移除该角色，再申请注销`);
      }

      const now = new Date();
      const ended: Array<{ id: string; community_id: string; relation: ResidencyRelation; previous: ResidencyStatus }> =
        await m.query(
          `SELECT id, community_id, relation, status AS previous FROM residencies
         WHERE person_id = $1 AND status IN ('pending','approved') ORDER BY created_at FOR UPDATE`,
          [personId],
        );
      if (ended.length) {
        await m.query(
          `UPDATE residencies SET status = 'removed', decided_by = $1, decided_at = $2, reason = '本人申请注销' WHERE id = ANY($3::uuid[])`,
          [personId, now, ended.map((r) => r.id)],
        );
      }
      await this.audit.recordMany(
        ended.map((r) => ({
          communityId: r.community_id,
          actorId: personId,
          action: r.previous === 'pending' ? 'binding.withdrawn' : 'binding.removed',
          targetType: 'residency',
          targetId: r.id,
          details: { relation: r.relation, previousStatus: r.previous, via: 'erasure' },
        })),
        m,
      );
      await m.query(
        `UPDATE binding_claims SET claimed_name = $2, claimed_phone_enc = NULL, claimed_phone_hash = NULL
         WHERE residency_id IN (SELECT id FROM residencies WHERE person_id = $1)`,
        [personId, ERASED_PERSON_NAME],
      );
      await m.query(
        `UPDATE persons SET name = $2, phone_enc = NULL, phone_hash = NULL, id_number_enc = NULL, id_number_hash = NULL, credit_code = NULL, openid = NULL, erased_at = $3 WHERE id = $1`,
        [personId, ERASED_PERSON_NAME, now],
      );
      // The binding document photos (产权证、合同): bytes deleted after commit; the rows keep hash, size and type, and
      // the residency keeps who reviewed it.
      // (TypeORM answers an UPDATE … RETURNING with [rows, affected].)
      const [docs]: [Array<{ storage_key: string }>, number] = await m.query(
        `UPDATE files SET erased_at = $2, original_name = NULL
          WHERE uploader_id = $1 AND purpose = 'binding_document' AND erased_at IS NULL RETURNING storage_key`,
        [personId, now],
      );
      // Phone and ID numbers the person typed into free text (repair descriptions and locations, objections, ledger
      // questions). Repair event notes are append-only (the API role cannot update them): see docs/privacy.md.
      await m.query(
        `UPDATE repair_tickets SET description = ${scrub('description')}, location = ${scrub('location')}
                      WHERE reporter_id = $1`,
        [personId],
      );
      await m.query(`UPDATE resolution_objections SET reasons = ${scrub('reasons')} WHERE person_id = $1`, [personId]);
      await m.query(`UPDATE ledger_questions SET body = ${scrub('body')} WHERE asker_id = $1`, [personId]);
      await m.query(`UPDATE supervision_complaints SET body = ${scrub('body')} WHERE complainant_id = $1`, [personId]);
      // What they wrote when objecting to a roster change (the objection itself stays, as a record of the dispute).
      await m.query(`UPDATE roster_objections SET reason = $2 WHERE person_id = $1`, [personId, '（本人已注销）']);
      // Which notices they read: reach keeps no trace of an erased person (the household counts as unread again).
      await m.query(`DELETE FROM notice_reads WHERE person_id = $1`, [personId]);
      // What they wrote when disputing a paper ballot (the dispute stays: it set the ballot aside).
      await m.query(`UPDATE paper_ballot_reviews SET reason = $2 WHERE actor_id = $1 AND kind = 'disputed'`, [
        personId,
        '（本人已注销）',
      ]);
      // Stored answers of the person's earlier requests (a retried binding request answers with the typed phone).
      await m.query(`DELETE FROM idempotency_keys WHERE actor_id = $1`, [personId]);
      await this.identity.revokeAll(personId, m);
      await this.identity.eraseSignInRecords(personId, m);

      const withdrawnBindings = ended.filter((r) => r.previous === 'pending').length;
      const endedBindings = ended.length - withdrawnBindings;
      await this.audit.record(
        {
          communityId: null,
          actorId: personId,
          action: 'person.erased',
          targetType: 'person',
          targetId: personId,
          details: { withdrawnBindings, endedBindings, ...(reason ? { reason } : {}) },
        },
        m,
      );
      return {
        result: { erasedAt: now, withdrawnBindings, endedBindings, kept: KEPT_RECORDS },
        documentKeys: docs.map((d) => d.storage_key),
      };
    });
  }
}
