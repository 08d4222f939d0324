export default definePageConfig({ navigationBarTitleText: '账目详情' });
