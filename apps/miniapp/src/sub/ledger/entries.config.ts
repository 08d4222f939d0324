export default definePageConfig({ navigationBarTitleText: '账目明细' });
