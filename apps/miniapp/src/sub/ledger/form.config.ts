export default definePageConfig({ navigationBarTitleText: '记一笔账' });
