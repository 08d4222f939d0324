import type { components, paths } from '@gongzhi/api-client';

/**
 * Routes the mini-program already calls but the API's OpenAPI document does not describe yet, typed by hand
 * in the generated shape. `ApiPaths` drops each one as soon as the regenerated document has it, so the
 * generated type wins without a code change here. Delete an entry once the document carries it.
 */
interface PendingPaths {
  '/api/v1/auth/wechat/login': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { 'application/json': { code: string } } };
      responses: {
        200: {
          headers: Record<string, unknown>;
          content: { 'application/json': components['schemas']['TokenPairDto'] };
        };
        201: {
          headers: Record<string, unknown>;
          content: { 'application/json': components['schemas']['TokenPairDto'] };
        };
      };
    };
  };
}

export type ApiPaths = paths & Omit<PendingPaths, keyof paths>;
