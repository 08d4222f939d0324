export default definePageConfig({ navigationBarTitleText: '业主表决' });
