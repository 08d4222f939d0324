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

/**
 * Shape limits checked before anything walks a request recursively (class-transformer, class-validator and our own
 * checks all recurse): a 6,000-deep JSON body used to overflow the stack and answer 500. The largest legitimate
 * request is far inside each: DTOs nest at most 3 levels, lists hold at most 200 items, texts at most 20,000
 * characters.
 */
export const INPUT_LIMITS = { depth: 12, arrayItems: 2000, objectKeys: 200, stringChars: 50_000 } as const;

/** Keys that would reach Object.prototype (or a class's) when merged: refused like any other unknown field. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks `value` without recursion (an explicit stack, so no depth can overflow it) and returns the first problem as a
 * field error: too deep, too many items or keys, a text too long, a prototype key, or a NUL character (PostgreSQL text
 * cannot store U+0000). Null when the input is clean.
 */
export function inspectInput(value: unknown, root = ''): FieldError | null {
  const stack: Array<{ v: unknown; path: string; depth: number }> = [{ v: value, path: root, depth: 0 }];
  const name = (p: string) => p || '(值)';
  while (stack.length) {
    const { v, path, depth } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.length > INPUT_LIMITS.stringChars)
        return { field: name(path), messages: [`内容过长（最多 ${INPUT_LIMITS.stringChars} 个字符）`] };
      if (v.includes('\u0000')) return { field: name(path), messages: ['不能包含空字符'] };
      continue;
    }
    if (!v || typeof v !== 'object' || Buffer.isBuffer(v)) continue;
    if (depth >= INPUT_LIMITS.depth)
      return { field: name(path), messages: [`嵌套层级过深（最多 ${INPUT_LIMITS.depth} 层）`] };
    if (Array.isArray(v)) {
      if (v.length > INPUT_LIMITS.arrayItems)
        return { field: name(path), messages: [`条目数量超过上限（最多 ${INPUT_LIMITS.arrayItems} 项）`] };
      for (let i = v.length - 1; i >= 0; i--)
        stack.push({ v: v[i], path: path ? `${path}.${i}` : String(i), depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(v);
    if (keys.length > INPUT_LIMITS.objectKeys)
      return { field: name(path), messages: [`字段数量超过上限（最多 ${INPUT_LIMITS.objectKeys} 个）`] };
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i];
      const at = path ? `${path}.${k}` : k;
      if (k.includes('\u0000')) return { field: at, messages: ['不能包含空字符'] };
      if (PROTOTYPE_KEYS.has(k)) return { field: at, messages: [MESSAGES.whitelistValidation] };
      if (k.length > 200) return { field: at.slice(0, 200), messages: [MESSAGES.whitelistValidation] };
      stack.push({ v: (v as Record<string, unknown>)[k], path: at, depth: depth + 1 });
    }
  }
  return null;
}

/** The dotted path of the first string containing a NUL character, or null (see inspectInput). */
export function findNulByte(value: unknown, path = ''): string | null {
  const hit = inspectInput(value, path);
  return hit && hit.messages[0] === '不能包含空字符' ? hit.field : null;
}

/**
 * Runs before the ValidationPipe on every body, query and path parameter: shape limits, prototype keys and NUL
 * characters are refused with a field error before anything recurses (see inspectInput). Found by the fast-check
 * bad-input suite and the hardening review (issue 28).
 */
export class RejectNulBytesPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const hit = inspectInput(
      value,
      metadata.type === 'param' && typeof value === 'string' ? (metadata.data ?? '') : '',
    );
    if (hit) throw validationError([hit]);
    return value;
  }
}
