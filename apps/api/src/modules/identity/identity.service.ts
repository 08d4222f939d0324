import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode, maskPhone } from '@gongzhi/domain';
import { createHash } from 'node:crypto';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import type { RoleName } from '../../common/access.js';
import { AppError } from '../../common/app-error.js';
import { FieldCipher } from '../../common/crypto.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { AuditService } from '../audit/audit.service.js';
import { Person } from './entities/person.entity.js';
import { RefreshToken } from './entities/refresh-token.entity.js';
import { SmsSignInCode } from './entities/sms-sign-in-code.entity.js';
import { newRefreshToken, signAccessToken } from './tokens.js';
import { DEMO_DISTRICT_CODE } from './demo-seed.js';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export interface CommunityMembership {
  communityId: string;
  communityName: string;
  districtId: string;
  roles: RoleName[];
}

const hashToken = (t: string) => createHash('sha256').update(t).digest('hex');

@Injectable()
export class IdentityService {
  readonly cipher: FieldCipher;

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.cipher = new FieldCipher(config.dataKey);
  }

  async issueTokens(personId: string, manager?: EntityManager, via = 'dev'): Promise<TokenPair> {
    const m = manager ?? this.ds.manager;
    const person = await m.findOneBy(Person, { id: personId });
    if (!person) throw AppError.notFound('用户');
    // A person who asked for deletion (modules/privacy) never signs in again; WeChat sign-in makes a new person.
    if (person.erasedAt) throw new AppError(ErrorCode.UNAUTHENTICATED, '该账号已注销，无法登录');
    const refreshToken = newRefreshToken();
    await m.insert(RefreshToken, {
      personId,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000),
    });
    await this.audit.record(
      {
        communityId: null,
        actorId: personId,
        action: 'auth.sign_in',
        targetType: 'person',
        targetId: personId,
        details: { via },
      },
      m,
    );
    return {
      accessToken: signAccessToken(
        this.config.jwtSecret,
        { sub: personId, tv: person.tokenVersion },
        this.config.accessTokenTtlSeconds,
      ),
      refreshToken,
      expiresIn: this.config.accessTokenTtlSeconds,
    };
  }

  /**
   * Rotates a refresh token: the old one is revoked and remembers its successor. Presented again within
   * REFRESH_GRACE_SECONDS of the rotation (a phone retrying a refresh whose answer it lost, two tabs refreshing at
   * once) it answers the same successor pair, as long as that successor is itself still unused; any other reuse of a
   * revoked token means it was copied, and revokes every token of the person.
   */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.ds.transaction(async (m): Promise<TokenPair | { reusedBy: string }> => {
      // The row lock makes concurrent refreshes of one token take turns: the second sees the first's rotation.
      const row = await m
        .getRepository(RefreshToken)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :h', { h: hashToken(refreshToken) })
        .getOne();
      if (!row || row.expiresAt.getTime() <= Date.now())
        throw new AppError(ErrorCode.UNAUTHENTICATED, '登录已过期，请重新登录');
      if (row.revokedAt) {
        const again = await this.withinGrace(row, m);
        // A revoked token presented again outside the window means it was copied: revoke the whole family (outside
        // this transaction, which the refusal rolls back).
        return again ?? { reusedBy: row.personId };
      }
      const person = await m.findOneByOrFail(Person, { id: row.personId });
      // The predecessor's grace is over once its successor (this token) is used: forget the pair it stored.
      await m.update(RefreshToken, { successorId: row.id }, { successorEnc: null });
      const next = newRefreshToken();
      const [inserted] = (await m.query(
        `INSERT INTO refresh_tokens (person_id, token_hash, expires_at) VALUES ($1, $2, $3) RETURNING id`,
        [row.personId, hashToken(next), new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000)],
      )) as Array<{ id: string }>;
      const pair: TokenPair = {
        accessToken: signAccessToken(
          this.config.jwtSecret,
          { sub: row.personId, tv: person.tokenVersion },
          this.config.accessTokenTtlSeconds,
        ),
        refreshToken: next,
        expiresIn: this.config.accessTokenTtlSeconds,
      };
      const now = new Date();
      await m.update(
        RefreshToken,
        { id: row.id },
        {
          revokedAt: now,
          rotatedAt: now,
          successorId: inserted!.id,
          successorEnc: this.config.refreshGraceSeconds > 0 ? this.cipher.encrypt(JSON.stringify(pair)) : null,
        },
      );
      return pair;
    });
    if ('reusedBy' in outcome) {
      await this.revokeAll(outcome.reusedBy);
      throw new AppError(ErrorCode.UNAUTHENTICATED, '登录已失效，请重新登录');
    }
    return outcome;
  }

  /** The successor pair of a token rotated less than the grace window ago whose successor is still unused. */
  private async withinGrace(row: RefreshToken, m: EntityManager): Promise<TokenPair | null> {
    if (!row.rotatedAt || !row.successorId || !row.successorEnc) return null;
    if (Date.now() - row.rotatedAt.getTime() > this.config.refreshGraceSeconds * 1000) return null;
    const successor = await m.findOneBy(RefreshToken, { id: row.successorId });
    if (!successor || successor.revokedAt || successor.expiresAt.getTime() <= Date.now()) return null;
    const person = await m.findOneBy(Person, { id: row.personId });
    if (!person || person.erasedAt) return null;
    let pair: TokenPair;
    try {
      pair = JSON.parse(this.cipher.decrypt(row.successorEnc)) as TokenPair;
    } catch {
      return null; // stored under another key: no grace, treated as any other reuse
    }
    // Signed out everywhere since (token version bumped): the stored access token no longer works, so neither does this.
    const claims = pair.accessToken.split('.')[1];
    const tv = claims ? (JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { tv?: number }).tv : null;
    if (tv !== person.tokenVersion) return null;
    return pair;
  }

  /** Sign-out everywhere, and what a role change does: every issued token stops working. */
  async revokeAll(personId: string, manager?: EntityManager): Promise<void> {
    const m = manager ?? this.ds.manager;
    await m.increment(Person, { id: personId }, 'tokenVersion', 1);
    await m.update(RefreshToken, { personId, revokedAt: IsNull() }, { revokedAt: new Date() });
    // No grace for a token rotated before the sign-out: its stored successor pair is forgotten.
    await m.update(RefreshToken, { personId, successorEnc: Not(IsNull()) }, { successorEnc: null });
  }

  /** Erasure (modules/privacy): the records of SMS codes sent to the person's number go with the number. */
  async eraseSignInRecords(personId: string, m: EntityManager): Promise<void> {
    await m.delete(SmsSignInCode, { personId });
  }

  async memberships(personId: string): Promise<CommunityMembership[]> {
    const rows: Array<{ community_id: string; name: string; district_id: string; role: RoleName }> =
      await this.ds.query(
        `SELECT r.community_id, c.name, c.district_id, r.role FROM community_roles r JOIN communities c ON c.id = r.community_id
       WHERE r.person_id = $1 ORDER BY c.name, r.role`,
        [personId],
      );
    const byCommunity = new Map<string, CommunityMembership>();
    for (const row of rows) {
      const m = byCommunity.get(row.community_id) ?? {
        communityId: row.community_id,
        communityName: row.name,
        districtId: row.district_id,
        roles: [],
      };
      m.roles.push(row.role);
      byCommunity.set(row.community_id, m);
    }
    return [...byCommunity.values()];
  }

  async me(personId: string) {
    const person = await this.ds.manager.findOneBy(Person, { id: personId });
    if (!person) throw AppError.notFound('用户');
    const districtRoles: Array<{ role: RoleName; district_id: string | null; name: string | null }> =
      await this.ds.query(
        `SELECT ra.role, ra.district_id, d.name FROM role_assignments ra LEFT JOIN districts d ON d.id = ra.district_id
       WHERE ra.person_id = $1 AND ra.community_id IS NULL`,
        [personId],
      );
    const phone = person.phoneEnc ? this.cipher.decrypt(person.phoneEnc) : null;
    return {
      id: person.id,
      name: person.name,
      // The person sees their own number in full; everyone else sees it masked.
      phone,
      phoneMasked: phone ? maskPhone(phone) : null,
      communities: await this.memberships(personId),
      districtRoles: districtRoles.map((r) => ({ role: r.role, districtId: r.district_id, districtName: r.name })),
    };
  }

  /** Development only: the seeded people one can sign in as, with their roles. */
  async devAccounts() {
    this.assertDevLogin();
    // The demo district's people first (in a database shared with tests or real data, they stay on the first page).
    const rows: Array<{ id: string; name: string; roles: string[]; community_name: string | null }> =
      await this.ds.query(
        `SELECT p.id, p.name, array_agg(DISTINCT x.role ORDER BY x.role) AS roles, min(x.cname) AS community_name,
              bool_or(x.demo) AS demo
       FROM persons p
       JOIN (
         SELECT ra.person_id, ra.role, c.name AS cname, coalesce(dc.code, dd.code) = $1 AS demo
           FROM role_assignments ra
           LEFT JOIN communities c ON c.id = ra.community_id
           LEFT JOIN districts dc ON dc.id = c.district_id
           LEFT JOIN districts dd ON dd.id = ra.district_id
         UNION ALL SELECT rs.person_id, CASE WHEN rs.relation = 'owner' THEN 'owner' ELSE 'resident' END, c.name, d.code = $1
           FROM residencies rs JOIN communities c ON c.id = rs.community_id JOIN districts d ON d.id = c.district_id
           WHERE rs.status = 'approved'
       ) x ON x.person_id = p.id
       GROUP BY p.id, p.name ORDER BY bool_or(x.demo) DESC NULLS LAST, min(x.cname) NULLS LAST, p.name LIMIT 100`,
        [DEMO_DISTRICT_CODE],
      );
    return rows.map((r) => ({ personId: r.id, name: r.name, roles: r.roles, communityName: r.community_name }));
  }

  /**
   * Dev sign-in takes only the seeded demo people (a role, ownership or approved residency in the demo district):
   * with a copy of real data loaded in development, no one can sign in as a real owner by their id. NODE_ENV=test
   * may allow anyone (DEV_LOGIN_ANYONE, on by default there: the e2e factories' people are not demo people).
   */
  async assertDevLoginPerson(personId: string): Promise<void> {
    this.assertDevLogin();
    if (this.config.devLoginAnyone) return;
    const [row]: Array<{ demo: boolean }> = await this.ds.query(
      `SELECT EXISTS (
         SELECT 1 FROM role_assignments ra
           LEFT JOIN communities c ON c.id = ra.community_id
           LEFT JOIN subdistricts s ON s.id = ra.subdistrict_id
           JOIN districts d ON d.id = coalesce(c.district_id, ra.district_id, s.district_id)
          WHERE ra.person_id = $1::uuid AND d.code = $2
         UNION ALL SELECT 1 FROM residencies rs JOIN communities c ON c.id = rs.community_id
           JOIN districts d ON d.id = c.district_id WHERE rs.person_id = $1::uuid AND d.code = $2
         UNION ALL SELECT 1 FROM ownerships o JOIN communities c ON c.id = o.community_id
           JOIN districts d ON d.id = c.district_id WHERE o.person_id = $1::uuid AND d.code = $2) AS demo`,
      [personId, DEMO_DISTRICT_CODE],
    );
    if (!row?.demo) throw new AppError(ErrorCode.DEV_LOGIN_DISABLED, '开发登录只能选择演示身份');
  }

  assertDevLogin(): void {
    if (!this.config.devLoginEnabled)
      throw new AppError(ErrorCode.DEV_LOGIN_DISABLED, '开发登录仅在开发环境可用，请使用微信登录');
  }
}
