import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditService } from '../audit/audit.service.js';
import { IdempotencyService } from '../../common/idempotency.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { IdentityService } from './identity.service.js';
import { SignInRateLimiter } from './sign-in-rate-limiter.service.js';

@Global()
@Module({
  controllers: [AuthController],
  providers: [
    IdentityService,
    AuditService,
    IdempotencyService,
    SignInRateLimiter,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [IdentityService, AuditService, IdempotencyService, SignInRateLimiter],
})
export class IdentityModule {}
