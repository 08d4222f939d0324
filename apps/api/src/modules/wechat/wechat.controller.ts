import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { Authenticated, Public } from '../../common/access.js';
import { CurrentUser, type Actor } from '../../common/current-user.js';
import { TokenPairDto, WechatLoginDto } from '../identity/dto/auth.dto.js';
import { PhoneCodeDto, VerifiedPhoneDto } from './dto/wechat.dto.js';
import { WechatService } from './wechat.service.js';
import { RateLimit } from '../../common/rate-limit.js';

@ApiTags('auth')
@Controller('api/v1')
export class WechatController {
  constructor(private readonly wechat: WechatService) {}

  /** Signs in with the code of wx.login. The openid and session key never leave the server. */
  @Public()
  @RateLimit('sign-in')
  @Post('auth/wechat/login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  @ApiErrors(400, 429)
  login(@Body() dto: WechatLoginDto): Promise<TokenPairDto> {
    return this.wechat.login(dto.code);
  }

  /** Stores the phone number of the getPhoneNumber button (the user's tap) and binds the units the roster lists under it. */
  @Authenticated()
  @RateLimit('write')
  @ApiBearerAuth()
  @Post('me/phone')
  @HttpCode(200)
  @ApiOkResponse({ type: VerifiedPhoneDto })
  @ApiErrors(400, 409, 429)
  verifyPhone(@CurrentUser() me: Actor, @Body() dto: PhoneCodeDto): Promise<VerifiedPhoneDto> {
    return this.wechat.verifyPhone(me.personId, dto.code);
  }
}
