import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const repoRoot = path.resolve(__dirname, '../../..');
/** Workspace packages compiled from source (no pre-build): the domain rules and the typed API client. */
const workspaceSources = [path.join(repoRoot, 'packages/domain/src'), path.join(repoRoot, 'packages/api-client/src')];

/**
 * Workspace packages are ESM TypeScript with `.js` import specifiers (module nodenext). webpack resolves
 * `./errors.js` to `./errors.ts` through resolve.extensionAlias (webpack ≥ 5.74), which webpack-chain does
 * not model, so it is set as a raw entry.
 */
function resolveWorkspaceSources(chain: { resolve: { set(key: string, value: unknown): unknown } }): void {
  chain.resolve.set('extensionAlias', { '.js': ['.ts', '.tsx', '.js'] });
}

export default defineConfig<'webpack5'>(async (merge) => {
  // A weapp build without an https API address is for DevTools and tests only; `pnpm release:weapp` refuses it.
  if (process.env.TARO_ENV === 'weapp' && !/^https:\/\//.test(process.env.TARO_APP_API_BASE ?? '')) {
    console.warn(
      '⚠ weapp: TARO_APP_API_BASE is not https://<domain>; this build talks to http://127.0.0.1:3000 and is not for upload (use `pnpm release:weapp`).',
    );
  }
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'gongzhi-miniapp',
    date: '2026-11-22',
    // NutUI React Taro is drawn on a 375 px design; our pages on 750 px (1px in our scss = 1rpx).
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Taro types this callback's input as any
    designWidth(input: any) {
      const file: string = input?.file?.replace(/\\+/g, '/') ?? '';
      return file.includes('@nutui') ? 375 : 750;
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV ?? 'weapp'}`,
    plugins: [],
    defineConstants: {},
    // Only TARO_APP_* reach the client. Taro reads them from apps/miniapp/.env* files (which win);
    // this also passes one given on the shell, and defines it as '' when unset (→ same-origin in H5).
    env: {
      TARO_APP_API_BASE: JSON.stringify(process.env.TARO_APP_API_BASE ?? ''),
      // Subscribe-message template for repair progress (weapp asks after a report; unset → never asks).
      TARO_APP_WECHAT_TEMPLATE_REPAIR_STATUS: JSON.stringify(process.env.TARO_APP_WECHAT_TEMPLATE_REPAIR_STATUS ?? ''),
    },
    alias: {
      // The mini-program's BigInt-free entry (packages/domain/src/client.ts); listed first so it wins over the next.
      '@gongzhi/domain/client': path.join(repoRoot, 'packages/domain/src/client.ts'),
      '@gongzhi/domain': path.join(repoRoot, 'packages/domain/src/index.ts'),
      '@gongzhi/api-client': path.join(repoRoot, 'packages/api-client/src/index.ts'),
    },
    copy: {
      patterns: process.env.TARO_ENV === 'weapp' ? [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }] : [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: workspaceSources },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        resolveWorkspaceSources(chain);
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: workspaceSources },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        resolveWorkspaceSources(chain);
        // Pages are lazy chunks in H5. Without these groups each page chunk carried its own copy of
        // NutUI, Taro's H5 components and the shared services (~65 KB per page).
        chain.optimization.merge({
          splitChunks: {
            cacheGroups: {
              ui: {
                name: 'ui',
                test: /[\\/]node_modules[\\/].*(@nutui|@tarojs[\\/]components(-react)?)[\\/]/,
                chunks: 'all',
                priority: 30,
                enforce: true,
              },
              // Code shared by several pages (services, components, @gongzhi/domain and api-client sources).
              shared: {
                name: 'shared',
                chunks: 'async',
                minChunks: 2,
                priority: 20,
                enforce: true,
                reuseExistingChunk: true,
              },
            },
          },
        });
      },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
