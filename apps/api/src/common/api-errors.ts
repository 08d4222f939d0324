import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { ErrorCode } from '@gongzhi/domain';

/**
 * The one error envelope `{ error: { code, message, details } }` (src/common/error.filter.ts) as OpenAPI components,
 * and `@ApiErrors(...)` to document which refusals a route may answer. test/openapi.e2e-spec.ts checks that every
 * documented error response is this envelope.
 */

const ERROR_CODES = Object.values(ErrorCode);

export class ErrorBodyDto {
  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode', description: '错误代码：客户端按代码处理，不按文字' })
  code: ErrorCode;

  @ApiProperty({ description: '中文消息，告诉用户下一步怎么做' })
  message: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: '补充信息，如 { currentStatus }（状态冲突）',
  })
  details?: unknown;

  @ApiPropertyOptional({ description: '服务器内部错误的编号（500 时提供，报告问题时使用）' })
  correlationId?: string;
}

export class ErrorEnvelopeDto {
  @ApiProperty({ type: ErrorBodyDto }) error: ErrorBodyDto;
}

/** One bad field of a validation error. */
export class FieldErrorDto {
  @ApiProperty({ description: '字段路径（如 costs.0.amountYuan）', example: 'title' }) field: string;
  @ApiProperty({ type: [String], description: '中文说明', example: ['不能为空'] }) messages: string[];
}

export class ValidationDetailsDto {
  @ApiProperty({ type: [FieldErrorDto] }) fields: FieldErrorDto[];
}

export class ValidationErrorBodyDto {
  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode', description: '通常是 COMMON.VALIDATION_FAILED' })
  code: ErrorCode;

  @ApiProperty({ description: '中文消息，概括前几个有问题的字段' })
  message: string;

  @ApiPropertyOptional({ type: ValidationDetailsDto, description: '每个有问题的字段（请求体无法解析时没有）' })
  details?: ValidationDetailsDto;
}

/** The envelope of a 400: the same shape, with `details.fields` listing each bad field. */
export class ValidationErrorEnvelopeDto {
  @ApiProperty({ type: ValidationErrorBodyDto }) error: ValidationErrorBodyDto;
}

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429;

const DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: '请求内容有误：details.fields 列出每个有问题的字段',
  401: '未登录或登录已过期',
  403: '没有执行此操作的权限',
  404: '不存在，或不属于当前小区',
  409: '与当前状态冲突（如 details.currentStatus），或重复提交',
  413: '提交的内容太大',
  415: '不支持的文件类型',
  429: '操作太频繁，请稍后再试',
};

/** @nestjs/swagger's metadata key for documented responses (DECORATORS.API_RESPONSE, not exported). */
const API_RESPONSE = 'swagger/apiResponse';

/**
 * Documents the error statuses a route may answer, each with the shared envelope (400: with field details).
 * A status the route already documents is left as it is, so `@ApiErrors(400, 404)` beside `@CommunityAccess(...)`
 * (which documents 400, 401, 403) does not document 400 twice.
 */
export function ApiErrors(...statuses: ErrorStatus[]) {
  const once = (status: ErrorStatus): MethodDecorator & ClassDecorator =>
    ((target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
      const holder = descriptor ? (descriptor.value as object) : target;
      const documented = Reflect.getMetadata(API_RESPONSE, holder) as Record<string, unknown> | undefined;
      if (documented && String(status) in documented) return descriptor ?? target;
      const doc = ApiResponse({
        status,
        description: DESCRIPTIONS[status],
        type: status === 400 ? ValidationErrorEnvelopeDto : ErrorEnvelopeDto,
      });
      return descriptor ? (doc as MethodDecorator)(target, key!, descriptor) : (doc as ClassDecorator)(target as never);
    }) as MethodDecorator & ClassDecorator;
  return applyDecorators(ApiExtraModels(ErrorEnvelopeDto, ValidationErrorEnvelopeDto), ...statuses.map(once));
}

/**
 * Compile-time proof that a service's answer and the DTO that documents it have exactly the same fields
 * (each is assignable to the other, nested objects included): `const ok: SameShape<A, B> = true`.
 */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
