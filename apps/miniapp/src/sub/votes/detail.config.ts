export default definePageConfig({ navigationBarTitleText: '表决详情' });
