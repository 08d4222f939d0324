import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_KEY } from '../src/common/access.js';
import { RATE_LIMIT_KEY, RATE_LIMIT_POLICIES } from '../src/common/rate-limit.js';
import { startTestApp, type TestApp } from './harness.js';

/** Lists every route registered in the app and fails if one has no access declaration, or a write no rate limit. */
describe('route access declarations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('every registered route declares who may call it', () => {
    const discovery = t.created.app.get(DiscoveryService);
    const scanner = new MetadataScanner();
    const reflector = t.created.app.get(Reflector);
    const routes: string[] = [];
    const undeclared: string[] = [];
    const unlimited: string[] = [];
    for (const wrapper of discovery.getControllers()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !wrapper.metatype) continue;
      const proto = Object.getPrototypeOf(instance);
      for (const name of scanner.getAllMethodNames(proto)) {
        const handler = proto[name];
        const path = Reflect.getMetadata('path', handler);
        const method = Reflect.getMetadata('method', handler);
        if (path === undefined || method === undefined) continue;
        const id = `${RequestMethod[method]} ${Reflect.getMetadata('path', wrapper.metatype)}/${path} (${wrapper.metatype.name}.${name})`;
        routes.push(id);
        if (!reflector.getAllAndOverride(ACCESS_KEY, [handler, wrapper.metatype])) undeclared.push(id);
        // Every write declares its rate limit (common/rate-limit.ts), by a policy name that exists.
        const limit = reflector.getAllAndOverride<string | undefined>(RATE_LIMIT_KEY, [handler, wrapper.metatype]);
        const write = [RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE].includes(
          method,
        );
        if ((write && !limit) || (limit && !(limit in RATE_LIMIT_POLICIES))) unlimited.push(id);
      }
    }
    expect(routes.length).toBeGreaterThan(5);
    expect(undeclared).toEqual([]);
    expect(unlimited).toEqual([]);
  });
});
