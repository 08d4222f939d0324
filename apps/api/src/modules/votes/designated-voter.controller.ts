import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors, type SameShape } from '../../common/api-errors.js';
import { CommunityAccess } from '../../common/access.js';
import { RateLimit } from '../../common/rate-limit.js';
import { communityOf, CurrentUser, type Actor } from '../../common/current-user.js';
import { IdempotencyKey, IdempotencyService } from '../../common/idempotency.js';
import { DesignatedVoterService, type DesignatedVoterChangeView } from './designated-voter.service.js';
import { DesignatedVoterChangeResponse, ProposeDesignatedVoterDto } from './dto/designated-voter.dto.js';

const same: SameShape<DesignatedVoterChangeView, DesignatedVoterChangeResponse> = true;
void same;

/** The designated voter of a co-owned unit: changed before a vote opens with every co-owner's consent. */
@ApiTags('votes')
@ApiBearerAuth()
@Controller('api/v1/designated-voter-changes')
export class DesignatedVoterController {
  constructor(
    private readonly designated: DesignatedVoterService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** A co-owner asks to become the unit's designated voter (counts as their own consent). */
  @Post()
  @CommunityAccess('owner')
  @RateLimit('create')
  @ApiCreatedResponse({ type: DesignatedVoterChangeResponse })
  @ApiErrors(404, 409)
  async propose(
    @CurrentUser() actor: Actor,
    @IdempotencyKey() key: string | null,
    @Body() dto: ProposeDesignatedVoterDto,
  ): Promise<DesignatedVoterChangeResponse> {
    const communityId = communityOf(actor);
    return this.idempotency.run(
      { actorId: actor.personId, route: 'POST /designated-voter-changes', key, body: { communityId, ...dto } },
      (m) => this.designated.propose(m, actor.personId, communityId, dto.unitId),
    );
  }

  /** Another co-owner consents; the change applies when every co-owner has, unless a vote covering the unit is open. */
  @Post(':id/consent')
  @HttpCode(200)
  @CommunityAccess('owner')
  @RateLimit('write')
  @ApiOkResponse({ type: DesignatedVoterChangeResponse })
  @ApiErrors(404, 409)
  async consent(@CurrentUser() actor: Actor, @Param('id') id: string): Promise<DesignatedVoterChangeResponse> {
    return this.designated.consent(actor.personId, communityOf(actor), id);
  }
}
