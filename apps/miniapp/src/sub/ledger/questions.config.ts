export default definePageConfig({ navigationBarTitleText: '提问与答复' });
