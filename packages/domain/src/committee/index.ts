export * from './profile.js';
export * from './election.js';
export * from './management.js';
export * from './term-workflow.js';
