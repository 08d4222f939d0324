import { Injectable } from '@nestjs/common';
import { formatAreaHundredths, maskIdNumber, maskName, maskPhone } from '@gongzhi/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { IdentityService } from '../identity/identity.service.js';
import { SmsSignInService } from '../identity/sms-sign-in.service.js';
import { BroadcastsService } from '../notifications/broadcasts.service.js';
import { toBindingDto } from './binding.mapper.js';
import { BindingService } from './binding.service.js';

/**
 * Everything held about the caller (PIPL Art. 45: a person may see and copy their personal information). Shown to
 * the person only, so their own phone and ID numbers appear in full here and nowhere else.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly ds: DataSource,
    private readonly identity: IdentityService,
    private readonly bindings: BindingService,
    private readonly audit: AuditService,
    private readonly smsSignIn: SmsSignInService,
    private readonly broadcasts: BroadcastsService,
  ) {}

  async collect(personId: string) {
    const [p]: Array<{
      id: string;
      name: string;
      phone_enc: string | null;
      id_number_enc: string | null;
      credit_code: string | null;
      openid: string | null;
      created_at: Date;
    }> = await this.ds.query(
      `SELECT id, name, phone_enc, id_number_enc, credit_code, openid, created_at FROM persons WHERE id = $1`,
      [personId],
    );
    if (!p) throw AppError.notFound('用户');
    const phone = p.phone_enc ? this.identity.cipher.decrypt(p.phone_enc) : null;
    const idNumber = p.id_number_enc ? this.identity.cipher.decrypt(p.id_number_enc) : null;
    const ownerships: Array<{
      community_name: string;
      building: string;
      entrance: string;
      room: string;
      kind: string;
      area_hundredths: string;
      area_source: string;
      is_designated_voter: boolean;
      created_at: Date;
    }> = await this.ds.query(
      `SELECT c.name AS community_name, b.name AS building, u.entrance, u.room, u.kind, u.area_hundredths, u.area_source, o.is_designated_voter, o.created_at
         FROM ownerships o JOIN units u ON u.id = o.unit_id JOIN buildings b ON b.id = u.building_id JOIN communities c ON c.id = o.community_id
         WHERE o.person_id = $1 ORDER BY c.name, b.name, u.entrance, u.room`,
      [personId],
    );
    const roles: Array<{
      role: string;
      community_name: string | null;
      district_name: string | null;
      created_at: Date;
    }> = await this.ds.query(
      `SELECT ra.role, c.name AS community_name, d.name AS district_name, ra.created_at FROM role_assignments ra
       LEFT JOIN communities c ON c.id = ra.community_id LEFT JOIN districts d ON d.id = ra.district_id
       WHERE ra.person_id = $1 ORDER BY ra.created_at`,
      [personId],
    );
    const links: Array<{ community_name: string | null; via: 'verified_phone' | 'binding'; created_at: Date }> =
      await this.ds.query(
        `SELECT c.name AS community_name, l.via, l.created_at FROM owner_links l
           LEFT JOIN communities c ON c.id = l.community_id WHERE l.person_id = $1 ORDER BY l.created_at`,
        [personId],
      );
    const residencies: Array<{ id: string }> = await this.ds.query(`SELECT id FROM residencies WHERE person_id = $1`, [
      personId,
    ]);
    const audit = await this.audit.aboutPerson(
      personId,
      residencies.map((r) => r.id),
    );
    return {
      generatedAt: new Date(),
      person: {
        id: p.id,
        name: p.name,
        phone,
        phoneMasked: phone ? maskPhone(phone) : null,
        idNumber,
        idNumberMasked: idNumber ? maskIdNumber(idNumber) : null,
        creditCode: p.credit_code,
        wechatLinked: p.openid !== null,
        createdAt: p.created_at,
      },
      communities: await this.identity.memberships(personId),
      bindings: (await this.bindings.mine(personId)).map((b) => toBindingDto(b, true)),
      ownerships: ownerships.map((o) => ({
        communityName: o.community_name,
        building: o.building,
        entrance: o.entrance,
        room: o.room,
        kind: o.kind,
        area: formatAreaHundredths(BigInt(o.area_hundredths)),
        areaSource: o.area_source,
        designatedVoter: o.is_designated_voter,
        since: o.created_at,
      })),
      roles: roles.map((r) => ({
        role: r.role,
        communityName: r.community_name,
        districtName: r.district_name,
        since: r.created_at,
      })),
      ownerLinks: links.map((l) => ({ communityName: l.community_name, via: l.via, since: l.created_at })),
      rosterObjections: (
        await this.ds.query(
          `SELECT unit_id AS "unitId", reason, status, answer, created_at AS "createdAt" FROM roster_objections
            WHERE person_id = $1 ORDER BY created_at`,
          [personId],
        )
      ).map((o: { unitId: string; reason: string; status: string; answer: string | null; createdAt: Date }) => o),
      noticeReads: (await this.ds.query(
        `SELECT r.notice_id AS "noticeId", n.title, r.read_at AS "readAt", r.acknowledged_at AS "acknowledgedAt"
           FROM notice_reads r JOIN notices n ON n.id = r.notice_id WHERE r.person_id = $1 ORDER BY r.read_at`,
        [personId],
      )) as Array<{ noticeId: string; title: string; readAt: Date; acknowledgedAt: Date | null }>,
      smsSignInCodes: await this.smsSignIn.codesOf(personId),
      broadcastAttempts: await this.broadcasts.attemptsOf(personId),
      committee: await this.ds.query(
        `SELECT c.name AS "communityName", t.id AS "termId", t.kind, x.kind AS "as", x.detail, x.at AS since
           FROM (SELECT term_id, 'candidate' AS kind, NULL::text AS detail, NULL::timestamptz AS at
                   FROM committee_candidates WHERE person_id = $1
                 UNION ALL SELECT term_id, standing, office, created_at FROM committee_members WHERE person_id = $1
                 UNION ALL SELECT term_id, 'officer_vote', chair_id::text, created_at FROM committee_officer_votes
                  WHERE voter_id = $1) x
           JOIN committee_terms t ON t.id = x.term_id JOIN communities c ON c.id = t.community_id
          ORDER BY t.created_at, x.kind`,
        [personId],
      ),
      complaints: (await this.ds.query(
        `SELECT subject, body, status, answer, created_at AS "createdAt" FROM supervision_complaints
          WHERE complainant_id = $1 ORDER BY created_at`,
        [personId],
      )) as Array<{ subject: string; body: string; status: string; answer: string | null; createdAt: Date }>,
      surveyAnswers: (await this.ds.query(
        `SELECT a.unit_id AS "unitId", s.title AS "surveyTitle", a.ratings, a.created_at AS "createdAt"
           FROM supervision_survey_answers a JOIN supervision_surveys s ON s.id = a.survey_id
          WHERE a.person_id = $1 ORDER BY a.created_at`,
        [personId],
      )) as Array<{ unitId: string; surveyTitle: string; ratings: number[]; createdAt: Date }>,
      ballotDisputes: (
        await this.ds.query(
          `SELECT resolution_id AS "resolutionId", ballot_id AS "ballotId", reason, created_at AS "createdAt"
             FROM paper_ballot_reviews WHERE actor_id = $1 AND kind = 'disputed' ORDER BY created_at`,
          [personId],
        )
      ).map((d: { resolutionId: string; ballotId: string; reason: string | null; createdAt: Date }) => d),
      auditEntries: audit.map((a) => ({
        id: a.id,
        communityId: a.community_id,
        action: a.action,
        targetType: a.target_type,
        targetId: a.target_id,
        byYou: a.actor_id === personId,
        createdAt: a.created_at,
      })),
    };
  }
}

export type PersonalData = Awaited<ReturnType<PersonalDataService['collect']>>;

/** Audit entries of one community for its committee and its district regulator, newest first. */
@Injectable()
export class AuditReadService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async page(communityId: string, viewerId: string, limit: number, before?: string) {
    const rows = await this.audit.list(communityId, limit, before);
    const actorIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => x !== null))];
    const names = new Map<string, string>(
      actorIds.length
        ? (await this.ds.query(`SELECT id, name FROM persons WHERE id = ANY($1::uuid[])`, [actorIds])).map(
            (r: { id: string; name: string }) => [r.id, r.name],
          )
        : [],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        action: r.action,
        targetType: r.targetType,
        targetId: r.targetId,
        actorName: r.actorId
          ? r.actorId === viewerId
            ? (names.get(r.actorId) ?? null)
            : maskName(names.get(r.actorId) ?? '')
          : null,
        byYou: r.actorId === viewerId,
        details: r.details,
        createdAt: r.createdAt,
      })),
      nextBefore: rows.length === limit ? rows[rows.length - 1].id : null,
    };
  }
}
