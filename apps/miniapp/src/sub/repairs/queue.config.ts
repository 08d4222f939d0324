export default definePageConfig({ navigationBarTitleText: '工单队列', enablePullDownRefresh: true });
