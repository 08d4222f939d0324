import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * The API contract's version (`info.version` of the OpenAPI document), independent of the deployed build's
 * APP_VERSION. `pnpm test` compares the document with docs/openapi-released.json (scripts/openapi-compat.mjs): a change
 * that breaks installed mini-program versions (a removed path or response field or enum value, a newly required request
 * field) fails unless this major number goes up, and then the baseline is updated in the same commit.
 */
export const API_CONTRACT_VERSION = '0.1.0';

/** Stable serialisation of the OpenAPI document (what is committed as apps/api/openapi.json). */
export function serializeOpenApi(doc: OpenAPIObject): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
