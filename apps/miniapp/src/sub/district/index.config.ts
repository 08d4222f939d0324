export default definePageConfig({
  navigationBarTitleText: '辖区概览',
  enablePullDownRefresh: true,
});
