import { Injectable } from '@nestjs/common';
import { ErrorCode, maskPhone, normaliseCnMobile } from '@gongzhi/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { sha256Hex } from '../../common/crypto.js';
import { AuditService } from '../audit/audit.service.js';
import { BindingService, type ClaimedUnit } from '../binding/binding.service.js';
import { IdentityService, type TokenPair } from '../identity/identity.service.js';
import { SignInRateLimiter } from '../identity/sign-in-rate-limiter.service.js';
import { WechatClient } from '../../integrations/wechat/wechat.client.js';

/** How long a presented wx.login code is remembered (WeChat's codes live about five minutes). */
const USED_CODE_MINUTES = 10;

@Injectable()
export class WechatService {
  constructor(
    private readonly ds: DataSource,
    private readonly client: WechatClient,
    private readonly identity: IdentityService,
    private readonly bindings: BindingService,
    private readonly audit: AuditService,
    private readonly limiter: SignInRateLimiter,
  ) {}

  /**
   * Signs in with a wx.login code. The code is marked used before WeChat is asked, so a replay (or a concurrent
   * second request with the same code) is refused whatever WeChat would answer; a code that failed at WeChat stays
   * used too (the mini-program simply calls wx.login again).
   */
  async login(code: string): Promise<TokenPair> {
    await this.limiter.check(`wechat:${code}`);
    const claimed: unknown[] = await this.ds.query(
      `INSERT INTO wechat_used_codes (code_hash, expires_at) VALUES ($1, now() + make_interval(mins => $2))
       ON CONFLICT (code_hash) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE wechat_used_codes.expires_at < now()
       RETURNING code_hash`,
      [sha256Hex(code), USED_CODE_MINUTES],
    );
    if (!claimed.length) throw new AppError(ErrorCode.WECHAT_CODE_INVALID, '登录码已使用过，请重新进入小程序');
    await this.ds.query(`DELETE FROM wechat_used_codes WHERE expires_at < now()`);
    const session = await this.client.code2session(code);
    return this.ds.transaction(async (m) => {
      const created: Array<{ id: string }> = await m.query(
        `INSERT INTO persons (name, openid) VALUES ('微信用户', $1) ON CONFLICT (openid) WHERE openid IS NOT NULL DO NOTHING RETURNING id`,
        [session.openid],
      );
      const [person]: Array<{ id: string }> = created.length
        ? created
        : await m.query(`SELECT id FROM persons WHERE openid = $1`, [session.openid]);
      if (created.length)
        await this.audit.record(
          {
            communityId: null,
            actorId: person.id,
            action: 'person.created',
            targetType: 'person',
            targetId: person.id,
            details: { via: 'wechat' },
          },
          m,
        );
      return this.identity.issueTokens(person.id, m, 'wechat');
    });
  }

  /**
   * Exchanges the one-time code of the getPhoneNumber button (called only when the person taps it), stores the number
   * encrypted with its blind index, and binds at once every unit the roster lists under that number.
   */
  async verifyPhone(
    personId: string,
    code: string,
  ): Promise<{ phone: string; phoneMasked: string; boundUnits: ClaimedUnit[] }> {
    const got = await this.client.phoneNumber(code);
    const phone =
      got.countryCode === '86' ? (normaliseCnMobile(got.phone) ?? got.phone) : `+${got.countryCode}${got.phone}`;
    const hash = this.identity.cipher.blindIndex(phone);
    const boundUnits = await this.ds.transaction(async (m) => {
      await m.query(`UPDATE persons SET phone_enc = $2, phone_hash = $3 WHERE id = $1`, [
        personId,
        this.identity.cipher.encrypt(phone),
        hash,
      ]);
      await this.audit.record(
        {
          communityId: null,
          actorId: personId,
          action: 'person.phone_verified',
          targetType: 'person',
          targetId: personId,
        },
        m,
      );
      return this.bindings.claimByPhone(m, personId, hash);
    });
    return { phone, phoneMasked: maskPhone(phone), boundUnits };
  }
}
