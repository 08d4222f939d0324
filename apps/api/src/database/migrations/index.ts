import { Init1763800000000 } from './1763800000000-init.js';

/** Every migration, in order. Append new ones at the end. */
export const migrations: Function[] = [Init1763800000000];
