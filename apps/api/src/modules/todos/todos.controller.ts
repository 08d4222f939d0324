import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CommunityAccess, EVERYONE_IN_COMMUNITY } from '../../common/access.js';
import { CurrentUser, type Actor } from '../../common/current-user.js';
import { TodosService } from './todos.service.js';

export class TodoDto {
  @ApiProperty({ description: '待办类型，如 vote.cast、repair.confirm' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty() count: number;
  @ApiProperty({ description: '处理此事的页面' }) page: string;
}

export class TodoListDto {
  @ApiProperty({ type: [TodoDto] }) items: TodoDto[];
  @ApiProperty() total: number;
  @ApiProperty({ description: '未读消息数（「消息」角标）' }) unreadMessages: number;
}

/** 「待我处理」: the caller's pending actions in the active community, by role. */
@ApiTags('todos')
@Controller('api/v1/me/todos')
export class TodosController {
  constructor(private readonly todos: TodosService) {}

  @Get()
  @CommunityAccess(...EVERYONE_IN_COMMUNITY)
  @ApiOkResponse({ type: TodoListDto })
  list(@CurrentUser() actor: Actor): Promise<TodoListDto> {
    return this.todos.mine(actor);
  }
}
