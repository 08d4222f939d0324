export default definePageConfig({
  navigationBarTitleText: '业委会',
  enablePullDownRefresh: true,
});
