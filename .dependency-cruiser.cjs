/**
 * Module dependency rules, checked in `pnpm test` (`pnpm deps:check`).
 * - packages/domain is pure: it imports nothing from apps/ or other packages (and no node: built-ins; a domain test
 *   also checks that).
 * - API modules (apps/api/src/modules/<m>/) use each other only through their public surface: the Nest module, services,
 *   repositories, entities, DTOs, mappers and the few helpers listed in PUBLIC_HELPERS; nothing else of another module.
 * - No cycles between module folders.
 */
const PUBLIC_SURFACE =
  '^apps/api/src/modules/[^/]+/(' +
  [
    '[^/]+\\.(module|service|repository|mapper|client|registry|interceptor|sql)\\.ts',
    'entities/.+\\.ts',
    'dto/.+\\.ts',
    '[^/]+\\.entity\\.ts',
    // The ContentCheck implementation (port: src/common/content-check.ts) that modules publishing texts provide.
    'wechat-content-check\\.ts',
  ].join('|') +
  ')$';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'packages/domain is pure rules: no app, no client, no framework.',
      severity: 'error',
      from: { path: '^packages/domain/src' },
      to: { path: '^(apps|packages/(?!domain/))' },
    },
    {
      name: 'client-not-app',
      comment: 'The generated client depends on the domain only, never on an app.',
      severity: 'error',
      from: { path: '^packages/api-client/src' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-apart',
      comment: 'The mini-program and the API share code only through packages/.',
      severity: 'error',
      from: { path: '^apps/miniapp' },
      to: { path: '^apps/api' },
    },
    {
      name: 'module-public-surface',
      comment:
        'An API module reaches another module only through its public surface (module, services, repositories, entities, DTOs, mappers, clients, registries, interceptors).',
      severity: 'error',
      from: { path: '^apps/api/src/modules/([^/]+)/' },
      to: {
        path: '^apps/api/src/modules/([^/]+)/',
        pathNot: ['^apps/api/src/modules/$1/', PUBLIC_SURFACE],
      },
    },
    {
      name: 'no-file-cycles',
      comment: 'No import cycle between files of different API modules (folder cycles: scripts/check-deps.mjs).',
      severity: 'error',
      from: { path: '^apps/api/src/modules/([^/]+)/' },
      to: { path: '^apps/api/src/modules/', circular: true, pathNot: '^apps/api/src/modules/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|/dist/|\\.artifacts)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    includeOnly: '^(apps/(api|miniapp)/src|packages/(domain|api-client)/src)',
  },
};
