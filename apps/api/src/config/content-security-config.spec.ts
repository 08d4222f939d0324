import { ConfigError, loadConfig } from './config.js';

/** Production secrets that pass the strict checks (issue 28), and a real database. */
const prodSecrets = {
  NODE_ENV: 'production',
  JWT_SECRET: 'Qm3vX9pL2sT8wY4zR7nB1cF6hJ0kD5gA',
  DATA_ENCRYPTION_KEY: '5f0c1e2d3b4a59687766554433221100ffeeddccbbaa99887766554433221100',
  WECHAT_APP_ID: 'wx1234567890',
  WECHAT_APP_SECRET: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  DATABASE_URL: 'postgres://gongzhi_owner@db.internal/gongzhi',
};

function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  return '';
}

describe('content-security configuration', () => {
  it('production with image checks on (the default) needs the public origin and the 消息推送 Token and AESKey', () => {
    const msg = problems(prodSecrets);
    expect(msg).toContain('PUBLIC_BASE_URL is required when MEDIA_CHECK=on');
    expect(msg).toContain('WECHAT_PUSH_TOKEN and WECHAT_PUSH_AES_KEY are required when MEDIA_CHECK=on');
  });

  it('takes a complete configuration, with a second moderation provider', () => {
    const c = loadConfig({
      ...prodSecrets,
      PUBLIC_BASE_URL: 'https://api.example.cn/',
      WECHAT_PUSH_TOKEN: 'Token123',
      WECHAT_PUSH_AES_KEY: 'a'.repeat(43),
      CONTENT_MODERATION_URL: 'https://moderation.example.cn/check',
      CONTENT_MODERATION_TOKEN: 'secret',
    });
    expect(c.wechat).toMatchObject({ contentCheck: true, mediaCheck: true, push: { token: 'Token123' } });
    expect(c.publicBaseUrl).toBe('https://api.example.cn');
    expect(c.contentModeration).toMatchObject({ url: 'https://moderation.example.cn/check', token: 'secret' });
  });

  it('names a malformed Token, AESKey, half a push configuration and bad URLs', () => {
    expect(problems({ WECHAT_PUSH_TOKEN: 'bad token!', WECHAT_PUSH_AES_KEY: 'short' })).toMatch(
      /WECHAT_PUSH_TOKEN must be[\s\S]*WECHAT_PUSH_AES_KEY must be the 43-character EncodingAESKey/,
    );
    expect(problems({ WECHAT_PUSH_TOKEN: 'Token123' })).toContain('are set together');
    expect(problems({ CONTENT_MODERATION_URL: 'ftp://x' })).toContain('CONTENT_MODERATION_URL must be an http(s) URL');
    expect(problems({ PUBLIC_BASE_URL: 'api.example.cn' })).toContain('PUBLIC_BASE_URL must be an http(s) URL');
  });

  it('outside production both checks are off unless turned on, and no second provider is assumed', () => {
    const c = loadConfig({ NODE_ENV: 'test' });
    expect(c.wechat).toMatchObject({ contentCheck: false, mediaCheck: false, push: null });
    expect(c.contentModeration).toBeNull();
  });
});
