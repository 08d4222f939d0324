export default defineAppConfig({
  pages: ['pages/index/index', 'pages/login/index', 'pages/error/index', 'pages/placeholder/index'],
  subPackages: [
    { root: 'sub/identity', pages: ['units/index', 'bind/index', 'approvals/index', 'roster/index', 'my-data/index'] },
    { root: 'sub/repairs', pages: ['report', 'mine', 'board', 'detail', 'messages', 'queue', 'follow-ups', 'stats'] },
    {
      root: 'sub/ledger',
      pages: ['index', 'entries', 'entry', 'statements', 'statement', 'form', 'drafts', 'approvals', 'questions'],
    },
    { root: 'sub/votes', pages: ['index', 'detail', 'cast', 'receipt', 'result', 'draft', 'manage', 'paper'] },
    { root: 'sub/district', pages: ['index', 'community', 'ticket'] },
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#0b5394',
    navigationBarTitleText: '共治',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6f8',
  },
});
