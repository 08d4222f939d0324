import type { UserConfigExport } from '@tarojs/cli';

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    devServer: {
      port: Number(process.env.H5_DEV_PORT ?? 10086),
      // In development the API runs separately: forward its routes so the app stays same-origin.
      proxy: {
        '/api': { target: process.env.API_DEV_ORIGIN ?? 'http://127.0.0.1:3000', changeOrigin: true },
        '/healthz': { target: process.env.API_DEV_ORIGIN ?? 'http://127.0.0.1:3000', changeOrigin: true },
      },
    },
  },
} satisfies UserConfigExport<'webpack5'>;
