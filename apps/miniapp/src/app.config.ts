export default defineAppConfig({
  pages: ['pages/index/index', 'pages/login/index', 'pages/error/index'],
  subPackages: [
    { root: 'sub/identity', pages: ['units/index', 'bind/index', 'approvals/index', 'roster/index', 'my-data/index'] },
    { root: 'sub/repairs', pages: ['report', 'mine', 'board', 'detail', 'messages', 'queue', 'follow-ups', 'stats'] },
    {
      root: 'sub/ledger',
      pages: ['index', 'entries', 'entry', 'statements', 'statement', 'form', 'drafts', 'approvals', 'questions'],
    },
    { root: 'sub/votes', pages: ['index', 'detail', 'cast', 'receipt', 'result', 'draft', 'manage', 'paper'] },
    { root: 'sub/district', pages: ['index', 'community', 'ticket'] },
    { root: 'sub/notices', pages: ['index', 'detail', 'publish'] },
    { root: 'sub/committee', pages: ['index'] },
    { root: 'sub/supervision', pages: ['index'] },
  ],
  // Only the components a page uses are loaded (smaller start-up on older phones).
  lazyCodeLoading: 'requiredComponents',
  // Search indexes the home page only (src/sitemap.json, copied by config/index.ts).
  sitemapLocation: 'sitemap.json',
  // WeChat's privacy check on (base library 2.32.3+; the popup is components/PrivacyPopup.tsx). Not in Taro's AppConfig
  // type, passed through to app.json as written.
  ...({ __usePrivacyCheck__: true } as object),
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#0b5394',
    navigationBarTitleText: '共治',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6f8',
  },
});
