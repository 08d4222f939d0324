export * from './state-machine.js';
export * from './sla.js';
export * from './catalogue.js';
