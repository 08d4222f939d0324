export default definePageConfig({ navigationBarTitleText: '收支公示' });
