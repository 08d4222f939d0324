export default definePageConfig({ navigationBarTitleText: '报修处理记录' });
