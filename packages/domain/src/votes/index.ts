export * from './types.js';
export * from './matters.js';
export * from './electorate.js';
export * from './decide.js';
export * from './tally.js';
export * from './lifecycle.js';
export * from './electorate-heads.js';
