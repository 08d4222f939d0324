import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { Authenticated, COMMITTEE, CommunityAccess } from '../../common/access.js';
import { communityOf, CurrentUser, type Actor } from '../../common/current-user.js';
import { OkDto } from '../identity/dto/auth.dto.js';
import { BindingService } from './binding.service.js';
import { AssignRoleDto, RoleAssignmentDto } from './dto/roles.dto.js';
import { RolesService } from './roles.service.js';
import { RateLimit } from '../../common/rate-limit.js';

@ApiTags('roles')
@ApiBearerAuth()
@Controller('api/v1/roles')
export class RolesController {
  constructor(
    private readonly roles: RolesService,
    private readonly bindings: BindingService,
  ) {}

  /** Committee and property roles of the active community. */
  @Get()
  @CommunityAccess(...COMMITTEE, 'property_manager')
  @ApiOkResponse({ type: [RoleAssignmentDto] })
  list(@CurrentUser() actor: Actor): Promise<RoleAssignmentDto[]> {
    return this.roles.list(communityOf(actor));
  }

  /**
   * Gives a property role in the community of X-Community-Id (its property manager or a platform administrator).
   * Committee roles are refused with 403: they come only from an election and a confirmed filing (domain-rules §10).
   * Declared @Authenticated because a platform administrator holds no role in the community.
   */
  @Post()
  @Authenticated()
  @RateLimit('write')
  @ApiHeader({ name: 'X-Community-Id', required: true })
  @ApiCreatedResponse({ type: RoleAssignmentDto })
  @ApiErrors(400, 403, 404, 409)
  async assign(
    @CurrentUser() me: Actor,
    @Headers('x-community-id') header: string | undefined,
    @Body() dto: AssignRoleDto,
  ): Promise<RoleAssignmentDto> {
    const communityId = await this.bindings.assertCommunity(header);
    await this.roles.assertMayManage(me.personId, communityId, dto.role);
    return this.roles.assign(me.personId, communityId, dto);
  }

  @Delete(':id')
  @HttpCode(200)
  @Authenticated()
  @RateLimit('write')
  @ApiHeader({ name: 'X-Community-Id', required: true })
  @ApiOkResponse({ type: OkDto })
  @ApiErrors(400, 403, 404, 409)
  async remove(
    @CurrentUser() me: Actor,
    @Headers('x-community-id') header: string | undefined,
    @Param('id') id: string,
  ): Promise<OkDto> {
    const communityId = await this.bindings.assertCommunity(header);
    await this.roles.assertMayManage(me.personId, communityId);
    await this.roles.remove(me.personId, communityId, id);
    return { ok: true };
  }
}
