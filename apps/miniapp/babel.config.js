// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// weapp: WeChat does not transpile (project.config.json `es6: false`), so the output must already run on the oldest
// supported phone — iOS 12's JavaScriptCore (README「最低基础库与运行环境」; proven by `pnpm check:weapp`).
// H5 keeps the package.json browserslist.
const WEAPP_TARGETS = { ios: '12', android: '6' };

module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        ...(process.env.TARO_ENV === 'weapp' ? { targets: WEAPP_TARGETS } : {}),
      },
    ],
  ],
};
