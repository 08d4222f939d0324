/**
 * `@gongzhi/domain/client`: the part of the domain the mini-program uses, without BigInt anywhere (older phones' JS
 * engines cannot parse `10n` or call `BigInt`; `pnpm check:weapp` fails on either in dist/weapp). Money here is
 * `money-number.ts` (fen as number); everything else is re-exported from the same modules the API uses.
 */
export * from './errors.js';
export * from './domain-error.js';
export * from './money-number.js';
export * from './roles.js';
export * from './china-time.js';
export * from './privacy.js';
export * from './wechat-fields.js';
export * from './repairs/index.js';
export * from './votes/matters.js';
export * from './ledger/categories.js';
export { chinaDate } from './ledger/periods.js';
export * from './notices/notice-types.js';
