export default definePageConfig({
  navigationBarTitleText: '物业服务监督',
  enablePullDownRefresh: true,
});
