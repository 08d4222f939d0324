import type { OpenAPIObject } from '@nestjs/swagger';

/** Stable serialisation of the OpenAPI document (what is committed as apps/api/openapi.json). */
export function serializeOpenApi(doc: OpenAPIObject): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
