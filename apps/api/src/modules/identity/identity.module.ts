import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditService } from '../audit/audit.service.js';
import { IdempotencyService } from '../../common/idempotency.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { RateLimitGuard } from '../../common/rate-limit.guard.js';
import { RateLimitRepository } from '../../common/rate-limit.repository.js';
import { IdentityService } from './identity.service.js';
import { SignInRateLimiter } from './sign-in-rate-limiter.service.js';
import { SmsSignInService } from './sms-sign-in.service.js';

@Global()
@Module({
  controllers: [AuthController],
  providers: [
    IdentityService,
    AuditService,
    IdempotencyService,
    SignInRateLimiter,
    SmsSignInService,
    RateLimitRepository,
    // Order matters: the rate limit counts the caller AuthGuard has identified.
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [
    IdentityService,
    AuditService,
    IdempotencyService,
    SignInRateLimiter,
    SmsSignInService,
    RateLimitRepository,
  ],
})
export class IdentityModule {}
