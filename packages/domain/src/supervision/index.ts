export * from './menu.js';
export * from './scoring.js';
export * from './workflows.js';
export * from './recompute.js';
