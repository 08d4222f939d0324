import { ConfigError } from './config/config.js';
import { createApp } from './create-app.js';
import { log } from './common/logger.js';
import { DataSource } from 'typeorm';
import { seedDemo } from './modules/identity/demo-seed.js';

async function main(): Promise<void> {
  const { app, config, close, db } = await createApp();
  const demo =
    config.env !== 'production' && process.env.SEED_DEMO !== 'off'
      ? await seedDemo(app.get(DataSource), config.dataKey)
      : null;
  await app.listen(config.port, config.host);
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  log('info', 'api listening', {
    url,
    docs: `${url}/api/docs`,
    env: config.env,
    embeddedDatabase: db.embedded ? config.embeddedDataDir : null,
  });
  if (demo) {
    const lines = [
      '',
      `  共治 Gongzhi 已启动 → 打开 ${url}${config.h5Dir ? '' : '/api/docs（H5 未构建：pnpm build:h5）'}`,
      `  演示数据：${demo.communities.map((c) => c.name).join('、')}${demo.created ? '（刚刚创建）' : '（已存在，未改动）'}`,
      `  开发登录：在登录页选择以下任一演示身份（仅开发环境）：`,
      ...demo.personas.map((p) => `    - ${p.name}（${p.key}）`),
      db.embedded
        ? `  数据库：嵌入式 PostgreSQL，数据目录 ${config.embeddedDataDir}（重启后保留）`
        : '  数据库：DATABASE_URL',
      '',
    ];
    process.stdout.write(lines.join('\n') + '\n');
  }
  const shutdown = async (signal: string) => {
    log('info', 'shutting down', { signal });
    await close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`启动失败 (start-up failed): ${err instanceof Error ? err.stack : String(err)}\n`);
  }
  process.exit(1);
});
