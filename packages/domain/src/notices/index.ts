export * from './notice-types.js';
export * from './notice-workflow.js';
export * from './personal-info.js';
export * from './reach.js';
