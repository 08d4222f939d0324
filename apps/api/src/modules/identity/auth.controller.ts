import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { Authenticated, Public } from '../../common/access.js';
import { CurrentUser, type Actor } from '../../common/current-user.js';
import {
  DevAccountDto,
  DevLoginDto,
  MeDto,
  OkDto,
  RefreshDto,
  SmsCodeRequestDto,
  SmsCodeSentDto,
  SmsLoginDto,
  TokenPairDto,
} from './dto/auth.dto.js';
import { SmsSignInService } from './sms-sign-in.service.js';
import { IdentityService } from './identity.service.js';
import { SignInRateLimiter } from './sign-in-rate-limiter.service.js';
import { RateLimit } from '../../common/rate-limit.js';

@ApiTags('auth')
@Controller('api/v1')
export class AuthController {
  constructor(
    private readonly identity: IdentityService,
    private readonly limiter: SignInRateLimiter,
    private readonly smsSignIn: SmsSignInService,
  ) {}

  /**
   * Sign-in for officials (district, neighbourhood, committee roles) by SMS code: sends a code to the number when it
   * belongs to one. The answer is the same for every number, known or not.
   */
  @Public()
  @RateLimit('sign-in')
  @Post('auth/sms/code')
  @HttpCode(200)
  @ApiOkResponse({ type: SmsCodeSentDto })
  @ApiErrors(400, 429)
  requestSmsCode(@Body() dto: SmsCodeRequestDto, @Req() req: Request): Promise<SmsCodeSentDto> {
    return this.smsSignIn.requestCode(dto.phone, req.ip ?? '-');
  }

  /** Signs in with the SMS code (single use): 400 AUTH.SMS_CODE_INVALID for a wrong, used or expired code. */
  @Public()
  @RateLimit('sign-in')
  @Post('auth/sms/login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  @ApiErrors(400, 429)
  smsLogin(@Body() dto: SmsLoginDto): Promise<TokenPairDto> {
    return this.smsSignIn.signIn(dto.phone, dto.code);
  }

  /** Development only: the seeded people to sign in as (refused in production). */
  @Public()
  @Get('auth/dev/accounts')
  @ApiOkResponse({ type: [DevAccountDto] })
  devAccounts(): Promise<DevAccountDto[]> {
    return this.identity.devAccounts();
  }

  /** Development only: sign in as a seeded demo person (403 for anyone else). */
  @Public()
  @RateLimit('sign-in')
  @Post('auth/dev/login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  @ApiErrors(400, 403, 429)
  async devLogin(@Body() dto: DevLoginDto): Promise<TokenPairDto> {
    this.identity.assertDevLogin();
    await this.limiter.check(`dev:${dto.personId}`);
    await this.identity.assertDevLoginPerson(dto.personId);
    return this.identity.issueTokens(dto.personId);
  }

  @Public()
  @RateLimit('sign-in')
  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  @ApiErrors(400, 401)
  refresh(@Body() dto: RefreshDto): Promise<TokenPairDto> {
    return this.identity.refresh(dto.refreshToken);
  }

  /** Signs out everywhere: every access and refresh token of the caller stops working. */
  @Authenticated()
  @RateLimit('write')
  @ApiBearerAuth()
  @Post('auth/logout')
  @HttpCode(200)
  @ApiOkResponse({ type: OkDto })
  async logout(@CurrentUser() me: Actor): Promise<OkDto> {
    await this.identity.revokeAll(me.personId);
    return { ok: true };
  }

  /** The signed-in person, their communities and roles in each. */
  @Authenticated()
  @ApiBearerAuth()
  @Get('me')
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() me: Actor): Promise<MeDto> {
    return this.identity.me(me.personId);
  }
}
