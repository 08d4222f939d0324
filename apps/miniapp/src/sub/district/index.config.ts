export default definePageConfig({
  navigationBarTitleText: '辖区看板',
  enablePullDownRefresh: true,
});
