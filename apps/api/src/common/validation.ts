import { ValidationPipe, type ArgumentMetadata, type PipeTransform, type ValidationError } from '@nestjs/common';
import { ErrorCode, type FieldError } from '@gongzhi/domain';
import { AppError } from './app-error.js';

/** Chinese text for class-validator constraints. A DTO may still give its own `message`, which wins. */
const MESSAGES: Record<string, string> = {
  whitelistValidation: '不允许提交此字段',
  isDefined: '必须填写',
  isNotEmpty: '不能为空',
  isString: '必须是文本',
  isInt: '必须是整数',
  isNumber: '必须是数字',
  isBoolean: '必须是“是”或“否”',
  isEnum: '不是允许的选项',
  isIn: '不是允许的选项',
  isUUID: '编号格式不正确',
  isDate: '日期格式不正确',
  isDateString: '日期时间格式不正确（例如 2026-11-22T09:00:00+08:00）',
  isISO8601: '日期时间格式不正确（例如 2026-11-22T09:00:00+08:00）',
  isArray: '必须是列表',
  arrayMaxSize: '条目数量超过上限',
  arrayMinSize: '条目数量不足',
  arrayNotEmpty: '至少需要一项',
  maxLength: '内容过长',
  minLength: '内容过短',
  length: '长度不符合要求',
  min: '数值过小',
  max: '数值过大',
  isPositive: '必须大于 0',
  matches: '格式不正确',
  isMobilePhone: '手机号格式不正确',
  nestedValidation: '内容不正确',
  isObject: '必须是对象',
  unknownValue: '请求内容无法识别',
};

function isEnglishDefault(text: string): boolean {
  return !/[\u4e00-\u9fff]/.test(text);
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    if (e.constraints) {
      const messages = Object.entries(e.constraints).map(([key, text]) =>
        isEnglishDefault(text) ? (MESSAGES[key] ?? '格式不正确') : text,
      );
      out.push({ field, messages });
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

export function validationError(fields: FieldError[]): AppError {
  const summary = fields
    .slice(0, 3)
    .map((f) => `${f.field}${f.messages[0]}`)
    .join('；');
  return new AppError(ErrorCode.VALIDATION_FAILED, `提交的内容有误：${summary}${fields.length > 3 ? ' 等' : ''}`, {
    fields,
  });
}

/** The one global pipe: unknown fields are refused (not silently dropped), types are converted. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationError(flattenValidationErrors(errors)),
  });
}

/** The dotted path of the first string containing a NUL character (PostgreSQL text cannot store U+0000), or null. */
export function findNulByte(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '(值)' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNulByte(value[i], path ? `${path}.${i}` : String(i));
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k.includes('\u0000')) return path ? `${path}.${k}` : k;
      const hit = findNulByte(v, path ? `${path}.${k}` : k);
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * Runs before the ValidationPipe on every body, query and path parameter: a NUL character in any text is refused with
 * a field error (PostgreSQL would refuse it later with a 500). Found by the fast-check bad-input suite.
 */
export class RejectNulBytesPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const hit = findNulByte(value, metadata.type === 'param' && typeof value === 'string' ? (metadata.data ?? '') : '');
    if (hit) throw validationError([{ field: hit, messages: ['不能包含空字符'] }]);
    return value;
  }
}
