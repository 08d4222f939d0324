import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@gongzhi/domain';
import { AppError } from '../../common/app-error.js';
import { log } from '../../common/logger.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';

/** One text message: a template chosen at the provider and its values (the provider fills in the signature). */
export interface SmsMessage {
  /** Mainland mobile number, 11 digits. */
  phone: string;
  template: string;
  params: Record<string, string>;
}

/** What the provider said: sent (its message id), or refused with its code (a bad number, its own rate limit …). */
export type SmsOutcome = { sent: true; providerId: string } | { sent: false; code: string };

/**
 * The SMS provider adapter: `POST {SMS_API_BASE}/v1/sms/send` with a bearer token and a JSON body
 * `{phone, template, params}`; the provider answers `{code: 'OK', messageId}` or `{code: '<REFUSAL>', message}`.
 * A provider with another protocol gets its own adapter behind this class. The base URL comes from configuration so
 * tests run against a local fake (test/fakes/sms-fake.ts). Phone numbers, codes and texts are never logged.
 * Throws UNAVAILABLE (503) when no provider is configured, the provider cannot be reached or answers an HTTP error.
 */
@Injectable()
export class SmsClient {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get configured(): boolean {
    return this.config.sms !== null;
  }

  async send(message: SmsMessage): Promise<SmsOutcome> {
    const sms = this.config.sms;
    if (!sms) throw new AppError(ErrorCode.UNAVAILABLE, '短信服务未开通，请联系平台管理员');
    let res: Response;
    try {
      res = await fetch(`${sms.apiBase}/v1/sms/send`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${sms.token}` },
        body: JSON.stringify({ phone: message.phone, template: message.template, params: message.params }),
        signal: AbortSignal.timeout(sms.timeoutMs),
      });
    } catch (cause) {
      log('warn', 'sms provider unreachable', { op: 'send', reason: (cause as Error)?.name ?? 'error' });
      throw this.unavailable();
    }
    const reply = (await res.json().catch(() => null)) as { code?: unknown; messageId?: unknown } | null;
    if (res.status >= 500 || !reply || typeof reply.code !== 'string') {
      log('warn', 'sms provider error', { op: 'send', status: res.status });
      throw this.unavailable();
    }
    if (reply.code === 'OK' && res.status < 300)
      return { sent: true, providerId: typeof reply.messageId === 'string' ? reply.messageId : '' };
    log('warn', 'sms provider refused', { op: 'send', status: res.status, code: reply.code.slice(0, 40) });
    return { sent: false, code: reply.code.slice(0, 40) };
  }

  private unavailable(): AppError {
    return new AppError(ErrorCode.UNAVAILABLE, '短信服务暂时不可用，请稍后再试');
  }
}
