export * from './errors.js';
export * from './domain-error.js';
export * from './money.js';
export * from './sha256.js';
export * from './hash-chain.js';
export * from './votes/index.js';
export * from './repairs/index.js';
