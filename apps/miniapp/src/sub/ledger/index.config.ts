export default definePageConfig({ navigationBarTitleText: '公共收益' });
