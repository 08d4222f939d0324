import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { Authenticated } from '../../common/access.js';
import { CurrentUser, type Actor } from '../../common/current-user.js';
import { ErasureRequestDto, ErasureResultDto } from './dto/erasure.dto.js';
import { ErasureService } from './erasure.service.js';
import { RateLimit } from '../../common/rate-limit.js';

@ApiTags('privacy')
@ApiBearerAuth()
@Controller('api/v1')
export class ErasureController {
  constructor(private readonly erasure: ErasureService) {}

  /**
   * Deletes the caller's personal information (PIPL Art. 47) and signs them out everywhere. Votes cast, ledger
   * postings, audit entries and repair tickets stay, showing 已注销用户. Refused (403) while the caller holds a role.
   */
  @Post('me/erasure')
  @Authenticated()
  @RateLimit('create')
  @HttpCode(200)
  @ApiErrors(400, 403)
  @ApiOkResponse({ type: ErasureResultDto })
  erase(@CurrentUser() me: Actor, @Body() body: ErasureRequestDto): Promise<ErasureResultDto> {
    return this.erasure.erase(me.personId, body.reason);
  }
}
