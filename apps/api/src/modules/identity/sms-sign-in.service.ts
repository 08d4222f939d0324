import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@gongzhi/domain';
import { randomInt, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { log } from '../../common/logger.js';
import { formatWait } from '../../common/rate-limit.guard.js';
import { RateLimitRepository } from '../../common/rate-limit.repository.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { SmsClient } from '../../integrations/sms/sms.client.js';
import { SmsSignInCode } from './entities/sms-sign-in-code.entity.js';
import { IdentityService, type TokenPair } from './identity.service.js';
import { SignInRateLimiter } from './sign-in-rate-limiter.service.js';

/** Roles that may sign in by SMS code: district, subdistrict/neighbourhood and committee (officials at a desk). */
export const SMS_SIGN_IN_ROLES = ['regulator', 'neighbourhood_officer', 'committee_chair', 'committee_member'] as const;

/** What every code request answers, whether or not the number belongs to anyone (no enumeration). */
export interface SmsCodeSent {
  ok: true;
  expiresIn: number;
  resendAfter: number;
}

const INVALID = () => new AppError(ErrorCode.SMS_CODE_INVALID, '验证码不正确或已过期，请核对短信或重新获取');

/**
 * Sign-in by SMS code for officials without WeChat (docs/identity.md, SMS sign-in). A code request answers the same
 * for every well-formed number; only a number of a person holding one of SMS_SIGN_IN_ROLES gets a code, sent after
 * the answer (so the answer's timing does not tell either). Codes: 6 digits, single use, `codeTtlSeconds`, a keyed
 * hash at rest, dead after `maxAttempts` wrong entries; requests limited per number and per IP, entries per number
 * through the sign-in limiter.
 */
@Injectable()
export class SmsSignInService {
  constructor(
    private readonly ds: DataSource,
    private readonly identity: IdentityService,
    private readonly sms: SmsClient,
    private readonly counters: RateLimitRepository,
    private readonly limiter: SignInRateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async requestCode(phone: string, ip: string): Promise<SmsCodeSent> {
    const c = this.config.smsSignIn;
    const phoneHash = this.identity.cipher.blindIndex(phone);
    const wait = await this.counters.hit([
      { key: `sms-code:n:${phoneHash}`, windowSeconds: c.resendSeconds, limit: 1 },
      { key: `sms-code:d:${phoneHash}`, windowSeconds: 86400, limit: c.perPhonePerDay },
      { key: `sms-code:ip:${ip}`, windowSeconds: 3600, limit: c.perIpPerHour },
    ]);
    if (wait !== null)
      throw new AppError(ErrorCode.RATE_LIMITED, `获取验证码太频繁，请 ${formatWait(wait)}后再试`, {
        retryAfterSeconds: wait,
      });
    if (!this.sms.configured) throw new AppError(ErrorCode.UNAVAILABLE, '短信登录暂未开通，请联系平台管理员');
    const personId = await this.officialByPhone(phoneHash);
    if (personId) {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      await this.ds.manager.insert(SmsSignInCode, {
        personId,
        phoneHash,
        codeHash: this.codeHash(phoneHash, code),
        expiresAt: new Date(Date.now() + c.codeTtlSeconds * 1000),
      });
      const minutes = String(Math.round(c.codeTtlSeconds / 60));
      void this.sms
        .send({ phone, template: this.config.sms!.signInTemplate, params: { code, minutes } })
        .then((outcome) => {
          if (!outcome.sent) log('warn', 'sms sign-in code refused', { code: outcome.code });
        })
        .catch(() => undefined); // logged by the client; the person asks again after resendSeconds
    }
    return { ok: true, expiresIn: c.codeTtlSeconds, resendAfter: c.resendSeconds };
  }

  async signIn(phone: string, code: string): Promise<TokenPair> {
    const phoneHash = this.identity.cipher.blindIndex(phone);
    await this.limiter.check(`sms:${phoneHash}`);
    const outcome = await this.ds.transaction(async (m): Promise<TokenPair | 'wrong' | 'invalid'> => {
      const row = await m
        .getRepository(SmsSignInCode)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.phone_hash = :h', { h: phoneHash })
        .orderBy('c.created_at', 'DESC')
        .limit(1)
        .getOne();
      // Only the newest code counts: asking again retires the earlier one.
      if (!row || row.consumedAt || row.expiresAt.getTime() <= Date.now()) return 'invalid';
      if (row.attempts >= this.config.smsSignIn.maxAttempts) return 'invalid';
      const given = Buffer.from(this.codeHash(phoneHash, code));
      if (!timingSafeEqual(given, Buffer.from(row.codeHash))) {
        await m.increment(SmsSignInCode, { id: row.id }, 'attempts', 1);
        return 'wrong';
      }
      await m.update(SmsSignInCode, { id: row.id }, { consumedAt: new Date() });
      // The role may have been removed since the code was sent.
      if ((await this.officialByPhone(phoneHash, m)) !== row.personId) return 'invalid';
      return this.identity.issueTokens(row.personId, m, 'sms');
    });
    if (outcome === 'wrong' || outcome === 'invalid') throw INVALID();
    return outcome;
  }

  /** The codes sent to the person's number (my-data export): when sent, until when valid, when used; never the code. */
  async codesOf(personId: string) {
    const rows = await this.ds.manager.find(SmsSignInCode, { where: { personId }, order: { createdAt: 'ASC' } });
    return rows.map((r) => ({ sentAt: r.createdAt, expiresAt: r.expiresAt, usedAt: r.consumedAt }));
  }

  private async officialByPhone(phoneHash: string, m = this.ds.manager): Promise<string | null> {
    const [row]: Array<{ id: string }> = await m.query(
      `SELECT p.id FROM persons p
        WHERE p.phone_hash = $1 AND p.erased_at IS NULL
          AND EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.person_id = p.id AND ra.role = ANY($2::text[]))
        ORDER BY p.created_at LIMIT 1`,
      [phoneHash, [...SMS_SIGN_IN_ROLES]],
    );
    return row?.id ?? null;
  }

  private codeHash(phoneHash: string, code: string): string {
    return this.identity.cipher.blindIndex(`sms-sign-in:${phoneHash}:${code}`);
  }
}
