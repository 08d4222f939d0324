import type { DynamicModule, Type } from '@nestjs/common';

/** Every domain module (one folder each under src/modules/). Append new ones here. */
export const featureModules: Array<Type<unknown> | DynamicModule> = [];
