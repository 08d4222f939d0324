export default definePageConfig({ navigationBarTitleText: '小区公共报修', enablePullDownRefresh: true });
