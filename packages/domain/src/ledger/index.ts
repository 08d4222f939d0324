export * from './categories.js';
export * from './periods.js';
export * from './statement.js';
export * from './top-up.js';
export * from './reminders.js';
export * from './entry-workflow.js';
export * from './expense-rules.js';
