import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_KEY, type AccessRule } from '../../src/common/access.js';
import type { TestApp } from '../harness.js';

/** One route as the running app registers it, in OpenAPI form (`/api/v1/repairs/{id}`). */
export interface LiveRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  rule: AccessRule | undefined;
  handler: string;
}

const join = (...parts: string[]) =>
  '/' +
  parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');

/**
 * Every route Nest registered, found at run time (controllers × handler metadata), so routes added later are
 * covered without editing the suites. Paths use OpenAPI's `{param}` form to line up with the document.
 */
export function discoverRoutes(t: TestApp): LiveRoute[] {
  const discovery = t.created.app.get(DiscoveryService);
  const reflector = t.created.app.get(Reflector);
  const scanner = new MetadataScanner();
  const routes: LiveRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const base = Reflect.getMetadata('path', wrapper.metatype) as string | string[] | undefined;
    const proto = Object.getPrototypeOf(instance);
    for (const name of scanner.getAllMethodNames(proto)) {
      const handler = proto[name];
      const path = Reflect.getMetadata('path', handler) as string | string[] | undefined;
      const method = Reflect.getMetadata('method', handler) as RequestMethod | undefined;
      if (path === undefined || method === undefined) continue;
      for (const b of Array.isArray(base) ? base : [base ?? '']) {
        for (const p of Array.isArray(path) ? path : [path]) {
          routes.push({
            method: RequestMethod[method] as LiveRoute['method'],
            path: join(b, p).replace(/:(\w+)/g, '{$1}'),
            rule: reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [handler, wrapper.metatype]),
            handler: `${wrapper.metatype.name}.${name}`,
          });
        }
      }
    }
  }
  return routes.sort((a, b) => (a.path === b.path ? a.method.localeCompare(b.method) : a.path.localeCompare(b.path)));
}

/** The same routes as the app's own OpenAPI document lists them. */
export function openApiRoutes(t: TestApp): Array<{ method: string; path: string }> {
  const out: Array<{ method: string; path: string }> = [];
  for (const [path, ops] of Object.entries(t.created.openapi.paths)) {
    for (const m of Object.keys(ops as object))
      if (['get', 'post', 'put', 'patch', 'delete'].includes(m)) out.push({ method: m.toUpperCase(), path });
  }
  return out;
}

export const routeKey = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
